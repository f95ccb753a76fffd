package io.github.conglongli.site;

import io.github.conglongli.site.content.SiteConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command line and environment, resolved once into an immutable record. Every option is
 * one row of {@link #OPTIONS}: its flag, its environment variable, the commands it applies to,
 * how its value is read, and its help line, from which {@link #usage()} is written. Flags win
 * over environment variables, which win over the defaults.
 */
public record Settings(
        Command command,
        String host,
        int port,
        String content,
        String staticDir,
        String templates,
        boolean dev,
        Optional<String> outDir,
        boolean accessLog,
        boolean trustProxy,
        Optional<Long> hstsSeconds,
        long cdnMaxAgeSeconds,
        int cacheMegabytes,
        boolean strict,
        Optional<String> baseUrl,
        String ownerName,
        String language,
        Optional<String> importSource,
        Optional<String> importFormat) {

    public enum Command {
        SERVE("serve the site (the default)"),
        INIT("write a new site (content/ and static/) into DIR, to edit and serve"),
        IMPORT("read an al-folio, academicpages or Hugo Blox site at PATH (never changed) and write it as a\n"
                + "new site into DIR, with what was mapped, dropped and guessed in DIR/IMPORT.md"),
        CHECK("validate the content, print every error; exit 1 on errors"),
        EXPORT("write every page and static file as a static site into OUT_DIR"),
        HEALTH("ask a running server for /healthz; exit 0 when it is up"),
        SELFTEST("start the site on a free local port, request every page and file (plain, gzip, HEAD,\n"
                + "conditional), stop; exit 1 on failures"),
        HELP("show this text");

        private final String help;

        Command(String help) {
            this.help = help;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A mistake on the command line: reported with usage, exit code 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads an option's value, given by {@code source} (its flag or variable), into the settings being built. */
    @FunctionalInterface
    private interface Setter {
        void set(Builder settings, String value, String source) throws UsageException;
    }

    /**
     * One option. A switch ({@code valueName} empty) takes no value, or {@code =true}/{@code =false};
     * any other option takes the next argument or {@code =VALUE}. An empty {@code env} means the
     * option has no environment variable.
     */
    private record Option(String flag, String env, String valueName, Set<Command> commands, String help,
            String defaultText, Setter setter) {

        boolean isSwitch() {
            return valueName.isEmpty();
        }
    }

    private static final Set<Command> SERVE = Set.of(Command.SERVE);
    private static final Set<Command> READS_CONTENT = Set.of(Command.SERVE, Command.CHECK, Command.EXPORT,
            Command.SELFTEST);
    private static final Set<Command> READS_STATIC = Set.of(Command.SERVE, Command.CHECK, Command.EXPORT,
            Command.SELFTEST);

    /** The placeholder address a new site gets when {@code init} is given none. */
    public static final String NEW_SITE_BASE_URL = "https://example.org";

    private static final List<Option> OPTIONS = List.of(
            new Option("--host", "SITE_HOST", "HOST", Set.of(Command.SERVE, Command.HEALTH),
                    "interface to listen on (health: to ask)", "0.0.0.0; 127.0.0.1 with --dev",
                    (s, v, from) -> s.host = nonBlank("host", v)),
            new Option("--port", "SITE_PORT", "PORT", Set.of(Command.SERVE, Command.HEALTH),
                    "port to listen on; 0 picks a free one", "8080", (s, v, from) -> s.port = port(v)),
            new Option("--content", "SITE_CONTENT", "DIR", READS_CONTENT, "the content (YAML, Markdown, BibTeX)", "content",
                    (s, v, from) -> s.content = nonBlank("content directory", v)),
            new Option("--static", "SITE_STATIC", "DIR", READS_STATIC, "stylesheet, images, files",
                    "static, next to the content", (s, v, from) -> {
                        s.staticDir = nonBlank("static directory", v);
                        s.staticGiven = true;
                    }),
            new Option("--dev", "SITE_DEV", "", SERVE,
                    "live reload in the browser, errors shown in the page, templates recompiled from source "
                            + "once edited; listens on 127.0.0.1 unless --host is given", "false",
                    (s, v, from) -> s.dev = bool(from, v)),
            new Option("--templates", "SITE_TEMPLATES", "DIR", SERVE, "template sources for --dev", "src/main/jte",
                    (s, v, from) -> s.templates = v),
            new Option("--access-log", "SITE_ACCESS_LOG", "", SERVE,
                    "log each request (Combined format) to standard output", "true",
                    (s, v, from) -> s.accessLog = bool(from, v)),
            new Option("--trust-proxy", "SITE_TRUST_PROXY", "", SERVE,
                    "take the client address and scheme from X-Forwarded-* and Forwarded headers; only behind "
                            + "a proxy you run", "false", (s, v, from) -> s.trustProxy = bool(from, v)),
            new Option("--hsts", "SITE_HSTS", "VALUE", SERVE,
                    "send Strict-Transport-Security: true (two years) or seconds; only when the site is served "
                            + "over HTTPS", "off", (s, v, from) -> s.hstsSeconds = hsts(v)),
            new Option("--cdn-max-age", "SITE_CDN_MAX_AGE", "SECONDS", SERVE,
                    "how long CDNs and other shared caches may keep a page (browsers always revalidate)", "300",
                    (s, v, from) -> s.cdnMaxAgeSeconds = seconds("cdn max age", v)),
            new Option("--cache-size", "SITE_CACHE_SIZE", "MB", Set.of(Command.SERVE, Command.SELFTEST),
                    "memory for pages made on demand (paper pages, searches, files), in MiB; the pages every "
                            + "visit needs are kept besides", "16", (s, v, from) -> s.cacheMegabytes = megabytes(v)),
            new Option("--strict", "SITE_STRICT", "", Set.of(Command.CHECK),
                    "warnings fail the check too (for CI)", "false", (s, v, from) -> s.strict = bool(from, v)),
            new Option("--base-url", "SITE_BASE_URL", "URL", Set.of(Command.EXPORT),
                    "the address the export will be published at, instead of site.yaml's base_url (e.g. "
                            + "https://user.github.io/homepage)", "site.yaml's base_url",
                    (s, v, from) -> s.baseUrl = Optional.of(absoluteUrl(v))),
            // init's options have no environment variable: they describe one new site, not a machine
            new Option("--name", "", "NAME", Set.of(Command.INIT), "the site owner's name, as it appears on papers",
                    "Your Name", (s, v, from) -> s.ownerName = ownerName(v)),
            new Option("--base-url", "", "URL", Set.of(Command.INIT),
                    "the address the site will have (base_url in site.yaml; easy to change later)",
                    NEW_SITE_BASE_URL, (s, v, from) -> s.baseUrl = Optional.of(siteAddress(v))),
            new Option("--language", "", "TAG", Set.of(Command.INIT), "the language of the pages, e.g. en, de, ja, "
                    + "zh-Hans", "en", (s, v, from) -> s.language = languageTag(v)),
            new Option("--from", "", "FORMAT", Set.of(Command.IMPORT), "the old site's template: al-folio, "
                    + "academicpages or hugo-blox", "detected from its files", (s, v, from) -> s.importFormat =
                    Optional.of(importFormat(v))));

    public Path contentPath() {
        return Path.of(content);
    }

    public Path staticPath() {
        return Path.of(staticDir);
    }

    public Path templatesPath() {
        return Path.of(templates);
    }

    public long cacheBytes() {
        return (long) cacheMegabytes << 20;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.command = command;
        b.host = host;
        b.port = port;
        b.content = content;
        b.staticDir = staticDir;
        b.templates = templates;
        b.dev = dev;
        b.outDir = outDir;
        b.accessLog = accessLog;
        b.trustProxy = trustProxy;
        b.hstsSeconds = hstsSeconds;
        b.cdnMaxAgeSeconds = cdnMaxAgeSeconds;
        b.cacheMegabytes = cacheMegabytes;
        b.strict = strict;
        b.baseUrl = baseUrl;
        b.ownerName = ownerName;
        b.language = language;
        b.importSource = importSource;
        b.importFormat = importFormat;
        return b;
    }

    /** The settings of a command, by name: {@code settings.toBuilder().host("127.0.0.1").port(0).build()}. */
    public static final class Builder {
        private Command command = Command.SERVE;
        private String host = "0.0.0.0";
        private int port = 8080;
        private String content = "content";
        private String staticDir = "static";
        private String templates = "src/main/jte";
        private boolean dev;
        private Optional<String> outDir = Optional.empty();
        private boolean accessLog = true;
        private boolean trustProxy;
        private Optional<Long> hstsSeconds = Optional.empty();
        private long cdnMaxAgeSeconds = 300;
        private int cacheMegabytes = 16;
        private boolean strict;
        private Optional<String> baseUrl = Optional.empty();
        /** Whether --static or SITE_STATIC was given; else static/ is the content's neighbour. */
        private boolean staticGiven;
        private String ownerName = "Your Name";
        private String language = "en";
        private Optional<String> importSource = Optional.empty();
        private Optional<String> importFormat = Optional.empty();

        /** The settings of {@code check} for one site's folders. */
        public static Settings forCheck(String content, String staticDir) {
            Builder b = new Builder();
            b.command = Command.CHECK;
            b.content = content;
            b.staticDir = staticDir;
            return b.build();
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder dev(boolean v) { dev = v; return this; }
        public Builder accessLog(boolean v) { accessLog = v; return this; }
        public Builder trustProxy(boolean v) { trustProxy = v; return this; }

        public Settings build() {
            return new Settings(command, host, port, content, staticDir, templates, dev, outDir, accessLog, trustProxy,
                    hstsSeconds, cdnMaxAgeSeconds, cacheMegabytes, strict, baseUrl, ownerName, language, importSource,
                    importFormat);
        }
    }

    public static Settings parse(List<String> args, Map<String, String> env) throws UsageException {
        List<String> rest = new ArrayList<>(args);
        Builder settings = new Builder();
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            settings.command = command(rest.remove(0));
        }
        Command command = settings.command;
        boolean hostGiven = false;
        for (Option option : OPTIONS) {
            String value = env.get(option.env());
            if (value != null && option.commands().contains(command)) {
                option.setter().set(settings, value, option.env());
                hostGiven |= option.flag().equals("--host");
            }
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                settings.command = Command.HELP;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (command == Command.IMPORT && settings.importSource.isEmpty()) {
                    settings.importSource = Optional.of(arg);
                    continue;
                }
                if ((command == Command.IMPORT || command == Command.EXPORT || command == Command.INIT)
                        && settings.outDir.isEmpty()) {
                    settings.outDir = Optional.of(arg);
                    continue;
                }
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            int eq = arg.indexOf('=');
            String flag = eq > 0 ? arg.substring(0, eq) : arg;
            Option option = option(flag, command);
            String value = eq > 0 ? arg.substring(eq + 1) : null;
            if (value == null && option.isSwitch()) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException("option '" + flag + "' needs a value");
                }
                value = rest.get(++i);
            }
            option.setter().set(settings, value, flag);
            hostGiven |= flag.equals("--host");
        }
        if (command == Command.EXPORT && settings.outDir.isEmpty()) {
            throw new UsageException("export needs an output directory: export OUT_DIR");
        }
        if (command == Command.IMPORT && settings.outDir.isEmpty()) {
            throw new UsageException("import needs the old site's checkout and a directory for the new site: "
                    + "import PATH DIR");
        }
        if (command == Command.INIT && settings.outDir.isEmpty()) {
            throw new UsageException("init needs a directory for the new site: init DIR");
        }
        if (!settings.staticGiven) {
            // a site is a folder holding content/ and static/: `--content site/content` finds site/static
            settings.staticDir = Path.of(settings.content).resolveSibling("static").toString();
        }
        if (settings.dev && !hostGiven) {
            settings.host = "127.0.0.1"; // the error banner and template compiler are for the owner only
        }
        return settings.build();
    }

    private static Command command(String name) throws UsageException {
        for (Command command : Command.values()) {
            if (command.word().equals(name)) {
                return command;
            }
        }
        throw new UsageException("unknown command '" + name + "'; expected "
                + List.of(Command.values()).stream().map(Command::word).collect(Collectors.joining(", ")));
    }

    private static Option option(String flag, Command command) throws UsageException {
        for (Option option : OPTIONS) {
            if (option.flag().equals(flag) && option.commands().contains(command)) {
                return option;
            }
        }
        throw new UsageException("unknown option '" + flag + "' for '" + command.word() + "'");
    }

    private static String nonBlank(String name, String value) throws UsageException {
        if (value.isBlank()) {
            throw new UsageException(name + " must not be empty");
        }
        return value;
    }

    private static int port(String value) throws UsageException {
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

    private static String absoluteUrl(String value) throws UsageException {
        String url = value.strip();
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new UsageException("base URL must start with https:// or http://, got '" + value + "'");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An absolute http(s) address with a host, and no query or fragment: what site.yaml's base_url must be. */
    private static String siteAddress(String value) throws UsageException {
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

    private static String ownerName(String value) throws UsageException {
        String name = nonBlank("name", value).strip();
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
            throw new UsageException("name must be one line of text, got '" + value + "'");
        }
        return name;
    }

    private static String languageTag(String value) throws UsageException {
        String tag = value.strip();
        if (!SiteConfig.isLanguageTag(tag)) {
            throw new UsageException("language must be a language tag such as en, en-US or zh-Hans, got '"
                    + value + "'");
        }
        return tag;
    }

    private static String importFormat(String value) throws UsageException {
        String v = value.strip();
        if (io.github.conglongli.site.importer.SourceFormat.named(v).isEmpty()) {
            throw new UsageException("--from must be al-folio, academicpages or hugo-blox, got '" + value + "'");
        }
        return v;
    }

    private static int megabytes(String value) throws UsageException {
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
    private static Optional<Long> hsts(String value) throws UsageException {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("on") || v.equals("yes")) {
            return Optional.of(63_072_000L);
        }
        if (v.equals("false") || v.equals("off") || v.equals("no") || v.isEmpty() || v.equals("0")) {
            return Optional.empty();
        }
        return Optional.of(seconds("hsts", v));
    }

    private static long seconds(String name, String value) throws UsageException {
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

    private static boolean bool(String name, String value) throws UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off", "" -> false;
            default -> throw new UsageException(name + " must be true or false, got '" + value + "'");
        };
    }

    /** {@code text} in lines of at most {@code width} characters, broken between words. */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The help text, written from the commands and the option table. */
    public static String usage() {
        StringBuilder s = new StringBuilder("Usage: java -jar site.jar [command] [options]\n\nCommands:\n");
        for (Command command : Command.values()) {
            String name = switch (command) {
                case EXPORT -> "export OUT_DIR";
                case INIT -> "init DIR";
                case IMPORT -> "import PATH DIR";
                default -> command.word();
            };
            s.append(String.format("  %-18s %s%n", name, command.help.replace("\n", "\n" + " ".repeat(21))));
        }
        for (Command command : Command.values()) {
            List<Option> options = OPTIONS.stream().filter(o -> o.commands().contains(command)).toList();
            if (options.isEmpty()) {
                continue;
            }
            s.append("\nOptions (").append(command.word()).append("):\n");
            for (Option o : options) {
                String flag = o.flag() + (o.isSwitch() ? "[=false]" : " " + o.valueName());
                String env = o.env().isEmpty() ? "" : o.env() + ", ";
                List<String> lines = wrap(o.help() + " [" + env + "default " + o.defaultText() + "]", 56);
                s.append(String.format("  %-22s %s%n", flag, lines.get(0)));
                lines.subList(1, lines.size()).forEach(line -> s.append(String.format("  %-22s %s%n", "", line)));
            }
        }
        return s.append("""

                Flags win over environment variables. Exit codes: 0 ok, 1 content or runtime
                error, 2 bad command line.
                """).toString();
    }
}
