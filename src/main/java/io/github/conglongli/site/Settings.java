package io.github.conglongli.site;

import static io.github.conglongli.site.OptionValues.absoluteUrl;
import static io.github.conglongli.site.OptionValues.bool;
import static io.github.conglongli.site.OptionValues.hsts;
import static io.github.conglongli.site.OptionValues.importFormat;
import static io.github.conglongli.site.OptionValues.languageTag;
import static io.github.conglongli.site.OptionValues.megabytes;
import static io.github.conglongli.site.OptionValues.nonBlank;
import static io.github.conglongli.site.OptionValues.ownerName;
import static io.github.conglongli.site.OptionValues.port;
import static io.github.conglongli.site.OptionValues.seconds;
import static io.github.conglongli.site.OptionValues.siteAddress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command line and environment, resolved once into an immutable record grouped by concern: where
 * the site's files are, how the server listens and answers, how much memory pages made on demand may
 * take, and what {@code check}, {@code export} and {@code init} were asked. Every option is one row of
 * {@link #OPTIONS}: its flag, its environment variable, the commands it applies to, its default, how
 * its value is read and its help line; {@link #usage()} and the option table of docs/operator-guide.md
 * ({@link #optionTable()}) are written from those rows, and the defaults are applied from them. Flags
 * win over environment variables, which win over the defaults.
 */
public record Settings(Command command, Sources sources, Server server, Cache cache, Check check, Export export,
        Init init, Import imports) {

    /** The site's files: content, static files, and the template sources {@code --dev} recompiles. */
    public record Sources(String content, String staticDir, String templates) {
        public Path contentPath() {
            return Path.of(content);
        }

        public Path staticPath() {
            return Path.of(staticDir);
        }

        public Path templatesPath() {
            return Path.of(templates);
        }
    }

    /** How {@code serve} listens and answers (and where {@code health} asks). */
    public record Server(String host, int port, boolean dev, boolean accessLog, boolean trustProxy,
            Optional<Long> hstsSeconds, long cdnMaxAgeSeconds) {}

    /** Memory for pages made on demand. */
    public record Cache(int megabytes) {
        public long bytes() {
            return (long) megabytes << 20;
        }
    }

    /** What {@code check} fails on. */
    public record Check(boolean strict) {}

    /**
     * Where {@code export} writes, for which address (instead of site.yaml's base_url), and whether
     * it adds the search that runs in the visitor's browser (docs/search.md, "Static export").
     */
    public record Export(Optional<String> outDir, Optional<String> baseUrl, boolean search) {}

    /** The new site {@code init} writes: where, and the values it fills in. */
    public record Init(Optional<String> dir, String ownerName, String baseUrl, String language) {}

    /** What {@code import} reads (the old site's checkout, never changed), where it writes, and the template named. */
    public record Import(Optional<String> source, Optional<String> dir, Optional<String> format) {}

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
     * An option's default: a value read by the option's own setter (so it is written once), and how
     * help shows it; or only a description, when the default is derived from other settings.
     */
    private record Default(Optional<String> value, String text) {
        static Default of(String value) {
            return new Default(Optional.of(value), value);
        }

        static Default of(String value, String text) {
            return new Default(Optional.of(value), text);
        }

        static Default derived(String text) {
            return new Default(Optional.empty(), text);
        }
    }

    /**
     * One option. A switch ({@code valueName} empty) takes no value, or {@code =true}/{@code =false};
     * any other option takes the next argument or {@code =VALUE}. An empty {@code env} means the
     * option has no environment variable.
     */
    private record Option(String flag, String env, String valueName, Set<Command> commands, String help,
            Default defaults, Setter setter) {

        boolean isSwitch() {
            return valueName.isEmpty();
        }
    }

    private static final Set<Command> SERVE = Set.of(Command.SERVE);
    private static final Set<Command> READS_SITE = Set.of(Command.SERVE, Command.CHECK, Command.EXPORT,
            Command.SELFTEST);

    /** The placeholder address a new site gets when {@code init} is given none. */
    public static final String NEW_SITE_BASE_URL = "https://example.org";

    private static final List<Option> OPTIONS = List.of(
            new Option("--host", "SITE_HOST", "HOST", Set.of(Command.SERVE, Command.HEALTH),
                    "interface to listen on (health: to ask)", Default.of("0.0.0.0", "0.0.0.0; 127.0.0.1 with --dev"),
                    (s, v, from) -> s.host = nonBlank("host", v)),
            new Option("--port", "SITE_PORT", "PORT", Set.of(Command.SERVE, Command.HEALTH),
                    "port to listen on; 0 picks a free one", Default.of("8080"), (s, v, from) -> s.port = port(v)),
            new Option("--content", "SITE_CONTENT", "DIR", READS_SITE, "the content (YAML, Markdown, BibTeX)",
                    Default.of("content"), (s, v, from) -> s.content = nonBlank("content directory", v)),
            new Option("--static", "SITE_STATIC", "DIR", READS_SITE, "stylesheet, images, files",
                    Default.derived("static, next to the content"), (s, v, from) -> {
                        s.staticDir = nonBlank("static directory", v);
                        s.staticGiven = true;
                    }),
            new Option("--dev", "SITE_DEV", "", SERVE,
                    "live reload in the browser, errors shown in the page, templates recompiled from source "
                            + "once edited; listens on 127.0.0.1 unless --host is given; never in production",
                    Default.of("false"), (s, v, from) -> s.dev = bool(from, v)),
            new Option("--templates", "SITE_TEMPLATES", "DIR", SERVE, "template sources for --dev",
                    Default.of("src/main/jte"), (s, v, from) -> s.templates = v),
            new Option("--access-log", "SITE_ACCESS_LOG", "", SERVE,
                    "log each request (Combined format) to standard output", Default.of("true"),
                    (s, v, from) -> s.accessLog = bool(from, v)),
            new Option("--trust-proxy", "SITE_TRUST_PROXY", "", SERVE,
                    "take the client address and scheme from X-Forwarded-* and Forwarded headers; only behind "
                            + "a proxy you run", Default.of("false"), (s, v, from) -> s.trustProxy = bool(from, v)),
            new Option("--hsts", "SITE_HSTS", "VALUE", SERVE,
                    "send Strict-Transport-Security: true (two years) or seconds; only when the site is served "
                            + "over HTTPS", Default.of("off"), (s, v, from) -> s.hstsSeconds = hsts(v)),
            new Option("--cdn-max-age", "SITE_CDN_MAX_AGE", "SECONDS", SERVE,
                    "how long CDNs and other shared caches may keep a page (browsers always revalidate)",
                    Default.of("300"), (s, v, from) -> s.cdnMaxAgeSeconds = seconds("cdn max age", v)),
            new Option("--cache-size", "SITE_CACHE_SIZE", "MB", Set.of(Command.SERVE, Command.SELFTEST),
                    "memory for pages made on demand (paper pages, searches, files), in MiB; the pages every "
                            + "visit needs are kept besides", Default.of("16"),
                    (s, v, from) -> s.cacheMegabytes = megabytes(v)),
            new Option("--strict", "SITE_STRICT", "", Set.of(Command.CHECK),
                    "warnings fail the check too (for CI)", Default.of("false"), (s, v, from) -> s.strict = bool(from, v)),
            new Option("--base-url", "SITE_BASE_URL", "URL", Set.of(Command.EXPORT),
                    "the address the export will be published at, instead of site.yaml's base_url (e.g. "
                            + "https://user.github.io/homepage)", Default.derived("site.yaml's base_url"),
                    (s, v, from) -> s.exportBaseUrl = Optional.of(absoluteUrl(v))),
            new Option("--search", "SITE_EXPORT_SEARCH", "", Set.of(Command.EXPORT),
                    "add a search page that runs in the browser: one script and a JSON index; the host must then "
                            + "allow script-src 'self' (docs/search.md)", Default.of("false"),
                    (s, v, from) -> s.exportSearch = bool(from, v)),
            // init's options have no environment variable: they describe one new site, not a machine
            new Option("--name", "", "NAME", Set.of(Command.INIT), "the site owner's name, as it appears on papers",
                    Default.of("Your Name"), (s, v, from) -> s.ownerName = ownerName(v)),
            new Option("--base-url", "", "URL", Set.of(Command.INIT),
                    "the address the site will have (base_url in site.yaml; easy to change later)",
                    Default.of(NEW_SITE_BASE_URL), (s, v, from) -> s.initBaseUrl = siteAddress(v)),
            new Option("--language", "", "TAG", Set.of(Command.INIT), "the language of the pages, e.g. en, de, ja, "
                    + "zh-Hans", Default.of("en"), (s, v, from) -> s.language = languageTag(v)),
            new Option("--from", "", "FORMAT", Set.of(Command.IMPORT), "the old site's template: al-folio, "
                    + "academicpages or hugo-blox", Default.derived("detected from its files"),
                    (s, v, from) -> s.importFormat = Optional.of(importFormat(v))));

    public Builder toBuilder() {
        Builder b = new Builder();
        b.command = command;
        b.content = sources.content();
        b.staticDir = sources.staticDir();
        b.staticGiven = true;
        b.templates = sources.templates();
        b.host = server.host();
        b.port = server.port();
        b.dev = server.dev();
        b.accessLog = server.accessLog();
        b.trustProxy = server.trustProxy();
        b.hstsSeconds = server.hstsSeconds();
        b.cdnMaxAgeSeconds = server.cdnMaxAgeSeconds();
        b.cacheMegabytes = cache.megabytes();
        b.strict = check.strict();
        b.outDir = export.outDir().or(init::dir);
        b.exportBaseUrl = export.baseUrl();
        b.exportSearch = export.search();
        b.ownerName = init.ownerName();
        b.initBaseUrl = init.baseUrl();
        b.language = init.language();
        b.importSource = imports.source();
        b.importFormat = imports.format();
        b.outDir = b.outDir.or(imports::dir);
        return b;
    }

    /**
     * The settings of a command, by name: {@code settings.toBuilder().host("127.0.0.1").port(0).build()}.
     * A new builder holds every option's default.
     */
    public static final class Builder {
        private Command command = Command.SERVE;
        private String content;
        private String staticDir;
        /** Whether --static or SITE_STATIC was given; else static/ is the content's neighbour. */
        private boolean staticGiven;
        private String templates;
        private String host;
        private int port;
        private boolean dev;
        private boolean accessLog;
        private boolean trustProxy;
        private Optional<Long> hstsSeconds;
        private long cdnMaxAgeSeconds;
        private int cacheMegabytes;
        private boolean strict;
        /** The directory {@code export}, {@code init} or {@code import} writes into: their (last) positional argument. */
        private Optional<String> outDir = Optional.empty();
        private Optional<String> exportBaseUrl = Optional.empty();
        private boolean exportSearch;
        private String ownerName;
        private String initBaseUrl;
        private String language;
        private Optional<String> importSource = Optional.empty();
        private Optional<String> importFormat = Optional.empty();

        public Builder() {
            for (Option option : OPTIONS) {
                for (String value : option.defaults().value().stream().toList()) {
                    try {
                        option.setter().set(this, value, option.flag());
                    } catch (UsageException e) {
                        throw new IllegalStateException("the default of " + option.flag() + " is not valid", e);
                    }
                }
            }
        }

        /** The settings of {@code check} for one site's folders. */
        public static Settings forCheck(String content, String staticDir) {
            Builder b = new Builder();
            b.command = Command.CHECK;
            b.content = content;
            b.staticDir = staticDir;
            b.staticGiven = true;
            return b.build();
        }

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder dev(boolean v) { dev = v; return this; }
        public Builder accessLog(boolean v) { accessLog = v; return this; }
        public Builder trustProxy(boolean v) { trustProxy = v; return this; }

        public Settings build() {
            // a site is a folder holding content/ and static/: `--content site/content` finds site/static
            String sibling = Path.of(content).resolveSibling("static").toString();
            return new Settings(command,
                    new Sources(content, staticGiven ? staticDir : sibling, templates),
                    new Server(host, port, dev, accessLog, trustProxy, hstsSeconds, cdnMaxAgeSeconds),
                    new Cache(cacheMegabytes),
                    new Check(strict),
                    new Export(command == Command.EXPORT ? outDir : Optional.empty(), exportBaseUrl,
                            command == Command.EXPORT && exportSearch),
                    new Init(command == Command.INIT ? outDir : Optional.empty(), ownerName, initBaseUrl, language),
                    new Import(importSource, command == Command.IMPORT ? outDir : Optional.empty(), importFormat));
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
                List<String> lines = wrap(o.help() + " [" + env + "default " + o.defaults().text() + "]", 56);
                s.append(String.format("  %-22s %s%n", flag, lines.get(0)));
                lines.subList(1, lines.size()).forEach(line -> s.append(String.format("  %-22s %s%n", "", line)));
            }
        }
        return s.append("""

                Flags win over environment variables. Exit codes: 0 ok, 1 content or runtime
                error, 2 bad command line.
                """).toString();
    }

    /**
     * The options as a Markdown table, one row per option: the table of docs/operator-guide.md, which
     * {@code SettingsDocumentationTest} keeps equal to this.
     */
    static String optionTable() {
        StringBuilder s = new StringBuilder("""
                | option | environment | commands | default | what it does |
                |---|---|---|---|---|
                """);
        for (Option o : OPTIONS) {
            String flag = o.flag() + (o.isSwitch() ? "[=false]" : " " + o.valueName());
            String commands = Stream.of(Command.values()).filter(o.commands()::contains).map(Command::word)
                    .collect(Collectors.joining(", "));
            s.append("| `").append(flag).append("` | ").append(o.env().isEmpty() ? "" : "`" + o.env() + "`")
                    .append(" | ").append(commands).append(" | ").append(o.defaults().text()).append(" | ")
                    .append(o.help()).append(" |\n");
        }
        return s.toString();
    }
}
