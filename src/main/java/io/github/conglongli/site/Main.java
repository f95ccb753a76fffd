package io.github.conglongli.site;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.export.SiteExporter;
import io.github.conglongli.site.importer.ImportReport;
import io.github.conglongli.site.importer.SiteImporter;
import io.github.conglongli.site.importer.SourceFormat;
import io.github.conglongli.site.init.NewSite;
import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.SiteBuild;
import io.github.conglongli.site.render.page.PageOptions;
import io.github.conglongli.site.web.SecurityHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/** The command line: {@code serve | init | import | check | export | health | selftest | help}. See {@link Settings#usage()}. */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /**
     * When this class was loaded, i.e. when main() began. The process's own start time
     * (ProcessHandle) is not used: on virtual machines restored from a snapshot the kernel's
     * boot time can be stale by a large fraction of a second.
     */
    private static final long MAIN_STARTED_NANOS = System.nanoTime();

    private Main() {}

    public static void main(String[] args) {
        // Jetty otherwise asks JMX for the JVM's pointer size, loading some 200 classes at start
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        }
        int code = run(Arrays.asList(args), System.getenv(), System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one command in this process, as {@code main} would, and returns its exit code instead of exiting. */
    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = Settings.parse(args, env);
        } catch (Settings.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with --help for usage.");
            return USAGE;
        }
        return switch (settings.command()) {
            case HELP -> {
                out.print(Settings.usage());
                yield OK;
            }
            case INIT -> init(settings, out, err);
            case IMPORT -> importSite(settings, out, err);
            case CHECK -> check(settings, out, err);
            case EXPORT -> export(settings, out, err);
            case HEALTH -> health(settings, out, err);
            case SELFTEST -> selfTest(settings, out, err);
            case SERVE -> serve(settings, err);
        };
    }

    /** Writes a new site into the directory given, then says what it wrote and what to run next. */
    static int init(Settings settings, PrintStream out, PrintStream err) {
        Path dir = Path.of(settings.init().dir().orElseThrow());
        String baseUrl = settings.init().baseUrl();
        NewSite site = new NewSite(settings.init().ownerName(), baseUrl, settings.init().language(), LocalDate.now());
        NewSite.Outcome outcome;
        try {
            outcome = site.writeInto(dir);
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write the new site into " + dir + ": " + e);
            return FAILED;
        }
        if (outcome instanceof NewSite.Outcome.Refused refused) {
            err.println("error: " + refused.reason());
            return USAGE;
        }
        NewSite.Outcome.Written written = (NewSite.Outcome.Written) outcome;
        out.printf("A new site for %s in %s:%n", settings.init().ownerName(), dir);
        List<NewSite.Entry> entries = Stream.concat(written.written().stream(), written.kept().stream()).toList();
        int width = entries.stream().mapToInt(e -> dir.resolve(e.path()).toString().length()).max().orElse(0);
        entries.forEach(e -> out.printf("  %-" + width + "s  %s%n", dir.resolve(e.path()), e.about()));
        String java = jarCommand();
        String content = shellWord(dir.resolve("content").toString());
        String statics = shellWord(dir.resolve("static").toString());
        out.printf("""

                Next:
                  See it at http://localhost:8080 while you edit (each save reloads the page):
                    %1$s --dev --content %2$s --static %3$s
                  Edit the files above: replace the placeholder paper, uncomment what you need.
                  Check everything (each problem as file:line:column) before you publish:
                    %1$s check --content %2$s
                  Publish: serve it, or export it for a static host such as GitHub Pages:
                    %1$s export public --content %2$s --static %3$s
                """, java, content, statics);
        if (baseUrl.equals(Settings.NEW_SITE_BASE_URL)) {
            out.printf("  Before publishing, set base_url in %s to the site's address.%n",
                    dir.resolve("content").resolve("site.yaml"));
        }
        return OK;
    }

    /**
     * Imports the old site into a new one, checks the new site as {@code check} does, and writes
     * the report (with the check's findings) to DIR/IMPORT.md. Exit 1 when the new site has errors.
     */
    static int importSite(Settings settings, PrintStream out, PrintStream err) {
        Path source = Path.of(settings.imports().source().orElseThrow());
        Path dir = Path.of(settings.imports().dir().orElseThrow());
        long started = System.nanoTime();
        SiteImporter.Outcome outcome;
        try {
            outcome = SiteImporter.importInto(source, dir, settings.imports().format().flatMap(SourceFormat::named));
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot import " + source + " into " + dir + ": " + e);
            return FAILED;
        }
        if (outcome instanceof SiteImporter.Outcome.Refused refused) {
            err.println("error: " + refused.reason());
            return USAGE;
        }
        ImportReport report = ((SiteImporter.Outcome.Imported) outcome).report();
        long imported = System.nanoTime();
        Settings checkSettings = Settings.Builder.forCheck(dir.resolve("content").toString(),
                dir.resolve("static").toString());
        ByteArrayOutputStream checkOutput = new ByteArrayOutputStream();
        PrintStream checkStream = new PrintStream(checkOutput, true, StandardCharsets.UTF_8);
        int checked = check(checkSettings, checkStream, checkStream);
        List<String> lines = List.of(checkOutput.toString(StandardCharsets.UTF_8).split("\n"));
        report.check(lines);
        try {
            SiteImporter.writeReport(dir, report);
        } catch (IOException e) {
            err.println("error: cannot write " + dir.resolve(SiteImporter.REPORT) + ": " + e);
            return FAILED;
        }
        out.print(report.markdown());
        out.printf("%nImported in %d ms, checked in %d ms: %s%n", (imported - started) / 1_000_000,
                (System.nanoTime() - imported) / 1_000_000, checked == OK ? "the new site has no errors"
                        : "the new site has errors (see Check above)");
        out.printf("%nNext:%n  Read %s: what was mapped, dropped and guessed.%n  See it: %s --dev --content %s "
                + "--static %s%n", dir.resolve(SiteImporter.REPORT), jarCommand(),
                shellWord(dir.resolve("content").toString()), shellWord(dir.resolve("static").toString()));
        return checked == OK ? OK : FAILED;
    }

    /** How this jar was started, for commands to copy: "java -jar target/site.jar", or "java -jar site.jar". */
    private static String jarCommand() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path here = Path.of("").toAbsolutePath();
            if (jar.toString().endsWith(".jar")) {
                return "java -jar " + shellWord((jar.startsWith(here) ? here.relativize(jar) : jar).toString());
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no code source (or not a file): the generic name below still tells what to run
        }
        return "java -jar site.jar";
    }

    /** {@code word} as a shell reads it back: as it is when plain, else in single quotes. */
    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:=@%+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    static int check(Settings settings, PrintStream out, PrintStream err) {
        SiteBuild.Result result = SiteBuild.of(settings.sources().contentPath(), settings.sources().content(), settings.sources().staticPath())
                .build(Optional.empty(), (assetUrl, ownFile) -> PageOptions.production(assetUrl).withOwnFiles(ownFile));
        List<ContentError> errors = new ArrayList<>();
        List<ContentError> warnings = new ArrayList<>();
        if (result instanceof SiteBuild.ContentFailed failed) {
            errors.addAll(failed.errors());
        } else if (result instanceof SiteBuild.TemplatesFailed failed) {
            errors.addAll(failed.errors());
        } else if (result instanceof SiteBuild.Built built) {
            errors.addAll(built.checkErrors());
            warnings.addAll(built.warnings());
        }
        warnings.forEach(w -> err.println(w.asWarning()));
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.println(count(errors.size(), "error") + " in " + settings.sources().content());
            return FAILED;
        }
        if (settings.check().strict() && !warnings.isEmpty()) {
            err.println(count(warnings.size(), "warning") + " in " + settings.sources().content() + " (--strict fails on warnings)");
            return FAILED;
        }
        Site site = ((SiteBuild.Built) result).site();
        out.printf("ok: %s is valid (%s; version %s)%n", settings.sources().content(), summary(site), site.version());
        return OK;
    }

    /** "20 publications, 6 positions, 3 degrees", and the other kinds of content when there are any. */
    private static String summary(Site site) {
        List<String> parts = new ArrayList<>(List.of(count(site.publications().size(), "publication"),
                count(site.experience().positions().size(), "position"),
                count(site.experience().education().size(), "degree")));
        Map<String, Integer> more = new LinkedHashMap<>();
        more.put("news item", site.news().size());
        more.put("talk", site.talks().size());
        more.put("course", site.teaching().size());
        more.put("project", site.projects().size());
        more.put("page", site.pages().size());
        more.put("post", site.posts().size());
        more.forEach((noun, n) -> {
            if (n > 0) {
                parts.add(count(n, noun));
            }
        });
        return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static int export(Settings settings, PrintStream out, PrintStream err) {
        Publisher publisher = App.publisher(settings, Publisher.Mode.PRODUCTION, Runnable::run,
                settings.export().search() ? PageOptions.Host.STATIC_WITH_SEARCH : PageOptions.Host.STATIC);
        Publisher.Outcome outcome = publisher.publish();
        if (!outcome.ok()) {
            outcome.errors().forEach(err::println);
            err.println("nothing exported: fix the errors above");
            return FAILED;
        }
        Path outDir = Path.of(settings.export().outDir().orElseThrow());
        try {
            SiteExporter.Result result = SiteExporter.export(outcome.snapshot().orElseThrow(), outDir);
            out.printf("exported %d files (%d bytes) to %s%n", result.files().size(), result.totalBytes(), outDir);
            if (settings.export().search()) {
                // the script is refused by a host that sends the server's policy as it is (docs/search.md)
                out.printf("search: search.js needs the host to send%n  Content-Security-Policy: %s%n",
                        SecurityHeaders.exportWithSearchPolicy(outcome.snapshot().orElseThrow().site().config().embeds()));
            }
            return OK;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        }
    }

    static int selfTest(Settings settings, PrintStream out, PrintStream err) {
        try {
            return SelfTest.run(settings, out, err);
        } catch (App.ContentException e) {
            e.errors().forEach(err::println);
            err.println("selftest: the content has errors");
            return FAILED;
        }
    }

    static int health(Settings settings, PrintStream out, PrintStream err) {
        String host = settings.server().host().equals("0.0.0.0") ? "127.0.0.1" : settings.server().host();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        try {
            HttpURLConnection conn = (HttpURLConnection) URI.create("http://" + host + ":" + settings.server().port()
                    + "/healthz").toURL().openConnection();
            conn.setConnectTimeout(3000);
            conn.setReadTimeout(3000);
            int status = conn.getResponseCode();
            String body = new String(conn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            out.println(body);
            return status == 200 ? OK : FAILED;
        } catch (IOException e) {
            err.println("unhealthy: " + e);
            return FAILED;
        }
    }

    private static int serve(Settings settings, PrintStream err) {
        Logger log = LoggerFactory.getLogger(Main.class);
        App app;
        try {
            app = App.start(settings);
        } catch (App.ContentException e) {
            e.errors().forEach(err::println);
            err.println("cannot start: the content has errors (run `check` to see them again)");
            return FAILED;
        } catch (RuntimeException e) {
            err.println("cannot start the server on " + settings.server().host() + ":" + settings.server().port() + ": "
                    + (e.getMessage() == null ? e : e.getMessage()));
            return FAILED;
        }
        long sinceMain = (System.nanoTime() - MAIN_STARTED_NANOS) / 1_000_000;
        // only the summary is kept: holding the snapshot here would keep it alive for the life of the process
        String content = app.snapshot().site().version();
        log.info("serving http://{}:{}/ ({} mode, content {}, ready in {} ms after main)",
                settings.server().host().equals("0.0.0.0") ? "localhost" : settings.server().host(), app.port(),
                settings.server().dev() ? "dev" : "production", content, sinceMain);

        CountDownLatch stopped = new CountDownLatch(1);
        // handle the signals ourselves: with only a shutdown hook the JVM would exit with 143
        for (String signal : List.of("TERM", "INT")) {
            Signal.handle(new Signal(signal), s -> new Thread(() -> {
                log.info("stopping: finishing in-flight requests");
                app.close();
                log.info("stopped");
                stopped.countDown();
                System.exit(OK);
            }, "shutdown").start());
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }
}
