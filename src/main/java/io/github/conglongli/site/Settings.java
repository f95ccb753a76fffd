package io.github.conglongli.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line and environment, resolved once into an immutable record. Flags win over
 * environment variables ({@code SITE_HOST}, {@code SITE_PORT}, {@code SITE_CONTENT},
 * {@code SITE_STATIC}, {@code SITE_DEV}), which win over the defaults.
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
        long cdnMaxAgeSeconds) {

    public enum Command { SERVE, CHECK, EXPORT, HEALTH, SELFTEST, HELP }

    /** A mistake on the command line: reported with usage, exit code 2. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message, null, false, false);
        }
    }

    public Path contentPath() {
        return Path.of(content);
    }

    public Path staticPath() {
        return Path.of(staticDir);
    }

    public Path templatesPath() {
        return Path.of(templates);
    }

    private static final Map<Command, Set<String>> FLAGS = Map.of(
            Command.SERVE, Set.of("--host", "--port", "--content", "--static", "--templates", "--dev", "--access-log",
                    "--trust-proxy", "--hsts", "--cdn-max-age"),
            Command.CHECK, Set.of("--content"),
            Command.EXPORT, Set.of("--content", "--static"),
            Command.HEALTH, Set.of("--host", "--port"),
            Command.SELFTEST, Set.of("--content", "--static"),
            Command.HELP, Set.of());

    public static Settings parse(List<String> args, Map<String, String> env) throws UsageException {
        List<String> rest = new ArrayList<>(args);
        Command command = Command.SERVE;
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            String name = rest.remove(0);
            command = switch (name) {
                case "serve" -> Command.SERVE;
                case "check" -> Command.CHECK;
                case "export" -> Command.EXPORT;
                case "health" -> Command.HEALTH;
                case "selftest" -> Command.SELFTEST;
                case "help" -> Command.HELP;
                default -> throw new UsageException("unknown command '" + name
                        + "'; expected serve, check, export, health, selftest or help");
            };
        }
        String host = env.getOrDefault("SITE_HOST", command == Command.HEALTH ? "127.0.0.1" : "0.0.0.0");
        String port = env.getOrDefault("SITE_PORT", "8080");
        String content = env.getOrDefault("SITE_CONTENT", "content");
        String staticDir = env.getOrDefault("SITE_STATIC", "static");
        String templates = env.getOrDefault("SITE_TEMPLATES", "src/main/jte");
        boolean dev = env.containsKey("SITE_DEV") && bool("SITE_DEV", env.get("SITE_DEV"));
        boolean accessLog = !env.containsKey("SITE_ACCESS_LOG") || bool("SITE_ACCESS_LOG", env.get("SITE_ACCESS_LOG"));
        boolean trustProxy = env.containsKey("SITE_TRUST_PROXY") && bool("SITE_TRUST_PROXY", env.get("SITE_TRUST_PROXY"));
        String hsts = env.getOrDefault("SITE_HSTS", "false");
        String cdnMaxAge = env.getOrDefault("SITE_CDN_MAX_AGE", "300");
        Optional<String> out = Optional.empty();

        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                command = Command.HELP;
                continue;
            }
            if (!arg.startsWith("-")) {
                if (command == Command.EXPORT && out.isEmpty()) {
                    out = Optional.of(arg);
                    continue;
                }
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String flag = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flag = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!FLAGS.get(command).contains(flag)) {
                throw new UsageException("unknown option '" + flag + "' for '"
                        + command.name().toLowerCase(Locale.ROOT) + "'");
            }
            if (flag.equals("--dev")) {
                dev = value == null || bool("--dev", value);
                continue;
            }
            if (flag.equals("--access-log")) {
                accessLog = value == null || bool("--access-log", value);
                continue;
            }
            if (flag.equals("--trust-proxy")) {
                trustProxy = value == null || bool("--trust-proxy", value);
                continue;
            }
            if (value == null) {
                if (i + 1 >= rest.size() || rest.get(i + 1).startsWith("--")) {
                    throw new UsageException("option '" + flag + "' needs a value");
                }
                value = rest.get(++i);
            }
            switch (flag) {
                case "--host" -> host = value;
                case "--port" -> port = value;
                case "--content" -> content = value;
                case "--static" -> staticDir = value;
                case "--templates" -> templates = value;
                case "--hsts" -> hsts = value;
                case "--cdn-max-age" -> cdnMaxAge = value;
                default -> throw new IllegalStateException(flag);
            }
        }
        if (command == Command.EXPORT && out.isEmpty()) {
            throw new UsageException("export needs an output directory: export OUT_DIR");
        }
        if (host.isBlank()) {
            throw new UsageException("host must not be empty");
        }
        if (content.isBlank() || staticDir.isBlank()) {
            throw new UsageException("directory names must not be empty");
        }
        return new Settings(command, host, port(port), content, staticDir, templates, dev, out, accessLog, trustProxy,
                hsts(hsts), seconds("cdn max age", cdnMaxAge));
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

    public static final String USAGE = """
            Usage: java -jar site.jar [command] [options]

            Commands:
              serve              serve the site (the default)
              check              validate the content, print every error; exit 1 on errors
              export OUT_DIR     write every page and static file as a static site
              health             ask a running server for /healthz; exit 0 when it is up
              selftest           start the site on a free local port, request every page and
                                 file (plain, gzip, HEAD, conditional), stop; exit 1 on failures
              help               show this text

            Options (serve):
              --host HOST        interface to listen on            [SITE_HOST, default 0.0.0.0]
              --port PORT        port to listen on; 0 picks one    [SITE_PORT, default 8080]
              --content DIR      the YAML content                  [SITE_CONTENT, default content]
              --static DIR       stylesheet, images, files         [SITE_STATIC, default static]
              --dev              live reload in the browser, errors shown in the page,
                                 templates recompiled from source  [SITE_DEV, default false]
              --templates DIR    template sources for --dev        [SITE_TEMPLATES, default src/main/jte]
              --access-log[=false]  log each request (Combined format) to standard output
                                 [SITE_ACCESS_LOG, default true]
              --trust-proxy      take the client address and scheme from X-Forwarded-* and
                                 Forwarded headers; only behind a proxy you run
                                                                 [SITE_TRUST_PROXY, default false]
              --hsts VALUE       send Strict-Transport-Security: true (two years) or seconds;
                                 only when the site is served over HTTPS [SITE_HSTS, default off]
              --cdn-max-age SECONDS  how long CDNs and other shared caches may keep a page
                                 (browsers always revalidate)   [SITE_CDN_MAX_AGE, default 300]
            Options (check): --content DIR
            Options (export): --content DIR, --static DIR
            Options (health): --host HOST (default 127.0.0.1), --port PORT
            Options (selftest): --content DIR, --static DIR

            Flags win over environment variables. Exit codes: 0 ok, 1 content or runtime
            error, 2 bad command line.
            """;
}
