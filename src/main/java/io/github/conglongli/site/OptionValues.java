package io.github.conglongli.site;

import io.github.conglongli.site.Settings.UsageException;
import io.github.conglongli.site.content.SiteConfig;
import io.github.conglongli.site.importer.SourceFormat;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** How the text of each option (a flag's value or an environment variable) is read and checked. */
final class OptionValues {

    private OptionValues() {}

    static String nonBlank(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be empty");
        }
        return value;
    }

    static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new UsageException("port must be between 0 and 65535, got " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("port must be a number, got '" + value + "'");
        }
    }

    static String absoluteUrl(String value) throws UsageException {
        String url = value.strip();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new UsageException("base URL must start with https:// or http://, got '" + value + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An absolute http(s) address with a host, and no query or fragment: what site.yaml's base_url must be. */
    static String siteAddress(String value) throws UsageException {
        String url = absoluteUrl(value);
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new UsageException("base URL must be an address such as https://example.org or "
                        + "https://user.github.io/homepage, got '" + value + "'");
            }
        } catch (URISyntaxException e) {
            throw new UsageException("base URL is not a valid address: " + e.getMessage());
        }
        return url;
    }

    static String ownerName(String value) throws UsageException {
        String name = nonBlank("name", value).strip();
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw new UsageException("name must be one line of text, got '" + value + "'");
        }
        return name;
    }

    static String languageTag(String value) throws UsageException {
        String tag = value.strip();
        if (!SiteConfig.isLanguageTag(tag)) {
            throw new UsageException("language must be a language tag such as en, en-US or zh-Hans, got '"
                    + value + "'");
        }
        return tag;
    }

    static String importFormat(String value) throws UsageException {
        String v = value.strip();
        if (SourceFormat.named(v).isEmpty()) {
            throw new UsageException("--from must be al-folio, academicpages or hugo-blox, got '" + value + "'");
        }
        return v;
    }

    static int megabytes(String value) throws UsageException {
        try {
            int mb = Integer.parseInt(value.strip());
            if (mb < 1 || mb > 65536) {
                throw new UsageException("cache size must be between 1 and 65536 MiB, got " + value);
            }
            return mb;
        } catch (NumberFormatException e) {
            throw new UsageException("cache size must be a number of MiB, got '" + value + "'");
        }
    }

    /** "true" is two years (what HSTS preload lists ask for), a number is seconds, "false" is off. */
    static Optional<Long> hsts(String value) throws UsageException {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("on") || v.equals("yes")) {
            return Optional.of(63_072_000L);
        }
        if (v.equals("false") || v.equals("off") || v.equals("no") || v.isEmpty() || v.equals("0")) {
            return Optional.empty();
        }
        return Optional.of(seconds("hsts", v));
    }

    static long seconds(String name, String value) throws UsageException {
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new UsageException(name + " must not be negative, got " + value);
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number of seconds, got '" + value + "'");
        }
    }

    static boolean bool(String name, String value) throws UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new UsageException(name + " must be true or false, got '" + value + "'");
        };
    }
}
