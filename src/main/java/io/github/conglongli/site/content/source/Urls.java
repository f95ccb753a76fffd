package io.github.conglongli.site.content.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which link targets content may use. */
public final class Urls {

    private Urls() {}

    public static boolean isAllowed(String url) {
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return switch (scheme) {
                case "http", "https" -> uri.getHost() != null;
                case "mailto" -> url.length() > "mailto:".length();
                default -> false;
            };
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
