package io.github.conglongli.site;

import io.github.conglongli.site.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes and what it prints. */
@Timeout(120)
class MainTest {

    @TempDir
    Path dir;

    static CommandRun run(Map<String, String> env, String... args) {
        return CommandRun.of(env, args);
    }

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** Ada's site: three papers, two positions, two degrees. */
    static SiteFixture adasSite() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal").year(1843))
                .publication(p -> p.title("Sketch").authors("Ada Lovelace").venue("Memoirs 1842").type("journal").year(1842))
                .publication(p -> p.title("Engine-Chat").authors("Ada Lovelace").venue("arXiv preprint").type("preprint")
                        .arxiv("2309.14327"))
                .position(p -> p.title("Analyst").organization("Analytical Society").start(1842).end("present"))
                .position(p -> p.title("Translator").organization("Taylor's Scientific Memoirs").start(1842).end(1843))
                .education(e -> e.degree("Tutoring in Mathematics").institution("University of London").start(1840).end(1842))
                .education(e -> e.degree("Tutoring in Logic").institution("University of London").start(1838).end(1840));
    }

    @Test
    void checkPassesOnValidContentWithAOneLineSummary() {
        Path content = adasSite().writeContentTo(dir.resolve("content"));
        CommandRun run = run("check", "--content", content.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches("ok: " + Pattern.quote(content.toString())
                + " is valid \\(3 publications, 2 positions, 2 degrees; version [0-9a-f]{12}\\)\\R"), run.out());
    }

    @Test
    void checkPrintsEveryErrorWithFileLineColumnAndFails() {
        Path content = adasSite()
                .file("site.yaml", """
                        # the site
                        titel: Ada Lovelace
                        base_url: https://ada.example.org
                        owner: Ada Lovelace
                        """)
                .file("experience.yaml", """
                        education:
                          - degree: Tutoring in Mathematics
                            institution: University of London
                            start: fourteen
                        """)
                .writeContentTo(dir.resolve("content"));
        CommandRun run = run("check", "--content", content.toString());
        assertEquals(1, run.code());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.contains(content + "/site.yaml:2:1: unknown field 'titel' (did you mean 'title'?)"), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(content + "/site.yaml:2:1: missing required field 'title'")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches(Pattern.quote(content + "/experience.yaml:4:12: 'start' must be a year ")
                + ".*got 'fourteen'")), run.err());
        assertEquals("3 errors in " + content, lines.get(lines.size() - 1));
    }

    @Test
    void badCommandLinesExitWith2AndSayWhy() {
        assertEquals(2, run("serve", "--prot", "80").code());
        assertTrue(run("serve", "--prot", "80").err().contains("unknown option '--prot' for 'serve'"));
        assertTrue(run("--port", "http").err().contains("port must be a number, got 'http'"));
        assertTrue(run("--port", "70000").err().contains("port must be between 0 and 65535"));
        assertTrue(run("--port").err().contains("option '--port' needs a value"));
        assertTrue(run("publish").err().contains("unknown command 'publish'"));
        assertTrue(run("export").err().contains("export needs an output directory"));
        assertTrue(run("check", "--port", "1").err().contains("unknown option '--port' for 'check'"));
        assertTrue(run(Map.of("SITE_DEV", "maybe"), "serve").err().contains("SITE_DEV must be true or false"));
        assertEquals(2, run(Map.of("SITE_PORT", "x")).code());
    }

    @Test
    void helpExplainsEveryCommandAndOption() {
        CommandRun run = run("--help");
        assertEquals(0, run.code());
        for (String word : List.of("serve", "check", "export", "health", "--host", "--port", "--content", "--static",
                "--dev", "SITE_HOST", "SITE_PORT", "SITE_CONTENT", "SITE_STATIC", "SITE_DEV")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverDefaults() throws Exception {
        Settings defaults = Settings.parse(List.of(), Map.of());
        assertEquals(new Settings.Builder().build(), defaults);
        assertEquals("0.0.0.0", defaults.server().host());
        assertEquals(8080, defaults.server().port());
        assertEquals("content", defaults.sources().content());
        assertEquals("static", defaults.sources().staticDir());
        assertFalse(defaults.server().dev());
        assertTrue(defaults.server().accessLog());
        assertEquals(300, defaults.server().cdnMaxAgeSeconds());
        Map<String, String> env = Map.of("SITE_HOST", "127.0.0.1", "SITE_PORT", "9000", "SITE_CONTENT", "c",
                "SITE_STATIC", "s", "SITE_DEV", "true");
        Settings fromEnv = Settings.parse(List.of(), env);
        assertEquals("127.0.0.1", fromEnv.server().host());
        assertEquals(9000, fromEnv.server().port());
        assertEquals("c", fromEnv.sources().content());
        assertEquals("s", fromEnv.sources().staticDir());
        assertTrue(fromEnv.server().dev());
        Settings flags = Settings.parse(List.of("serve", "--port=9100", "--host", "::1", "--content", "x", "--dev=false"), env);
        assertEquals(9100, flags.server().port());
        assertEquals("::1", flags.server().host());
        assertEquals("x", flags.sources().content());
        assertFalse(flags.server().dev());
    }

    /**
     * A served page without the header's search box, which only a server can answer (docs/search.md):
     * an exported page is otherwise byte for byte the served one.
     */
    static byte[] withoutSearchBox(byte[] served) {
        String html = new String(served, StandardCharsets.UTF_8);
        String box = "(?s)    <form class=\"site-search\".*?</form>\n\n";
        return html.contains("<form class=\"site-search\"")
                ? html.replaceFirst(box, "").getBytes(StandardCharsets.UTF_8) : served;
    }

    @Test
    void exportWritesEveryPageAndStaticFileByteIdenticalToTheServer() throws Exception {
        Path site = adasSite().publication(p -> p.title("1-bit Loom").authors("Ada Lovelace").venue("HiPC 2022")
                .type("conference").year(2022)).writeTo(dir.resolve("site"));
        String[] dirs = {"--content", site.resolve("content").toString(), "--static", site.resolve("static").toString()};
        Path out = dir.resolve("public");
        CommandRun run = run(export(out, dirs));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("exported "), run.out());
        for (String file : List.of("index.html", "publications/index.html", "experience/index.html", "cv/index.html",
                "404.html", "style.css", "favicon.svg", "favicon.ico", "icon-192.png", "feed.xml", "sitemap.xml",
                "robots.txt", "manifest.webmanifest", "publications.bib", "publications/2022-1-bit-loom/index.html",
                "publications/2022-1-bit-loom.bib")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.toString().contains("?")), "no search variants in a static export");
        }
        List<String> serve = new ArrayList<>(List.of("serve", "--host", "127.0.0.1", "--port", "0", "--access-log=false"));
        serve.addAll(List.of(dirs));
        try (App app = App.start(Settings.parse(serve, Map.of()))) {
            HttpClient client = HttpClient.newHttpClient();
            for (String[] pair : new String[][] {{"/", "index.html"},
                    {"/experience", "experience/index.html"}, {"/style.css", "style.css"}, {"/nope", "404.html"},
                    {"/feed.xml", "feed.xml"}, {"/publications.bib", "publications.bib"}, {"/cv", "cv/index.html"},
                    {"/publications/2022-1-bit-loom", "publications/2022-1-bit-loom/index.html"}}) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + pair[0])).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertArrayEquals(withoutSearchBox(response.body()), Files.readAllBytes(out.resolve(pair[1])), pair[0]);
            }
        }
        // the one page a static host cannot serve as the server does: it cannot run searches and filters
        Document exported = Jsoup.parse(Files.readString(out.resolve("publications/index.html")));
        assertTrue(exported.select("form, .filters").isEmpty(), "no search form or filters in an export");
        List<String> years = exported.select("nav[aria-labelledby=years-title] a").eachAttr("href");
        assertTrue(years.contains("#y2022") && years.stream().allMatch(href -> href.startsWith("#y")),
                "years are found by in-page links: " + years);
        for (String type : exported.select("nav[aria-labelledby=types-title] a").eachAttr("href")) {
            assertFalse(exported.select(type).isEmpty(), "each type count links a paper on the page: " + type);
        }
        assertEquals(0, run(export(out, dirs)).code(), "a second export replaces the first");
    }

    static String[] export(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("export", out.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @Test
    void exportRefusesToOverwriteAForeignDirectory() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "precious");
        CommandRun run = run("export", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is not empty and was not made by export"), run.err());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void exportWithBrokenContentWritesNothing() {
        Path content = adasSite().file("profile.yaml", "name: [unclosed\n").writeContentTo(dir.resolve("content"));
        Path out = dir.resolve("out");
        CommandRun run = run("export", out.toString(), "--content", content.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("profile.yaml:2:1:"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void selftestRequestsEveryPageAndFileAndPasses() {
        Path site = adasSite().writeTo(dir.resolve("site"));
        CommandRun run = run("selftest", "--content", site.resolve("content").toString(), "--static", site.resolve("static").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("selftest: [1-9]\\d* requests, 40 reloads, 0 failures, \\d+ ms\\R"), run.out());
    }

    @Test
    void healthFailsWhenNothingListens() {
        CommandRun run = run("health", "--port", "1");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("unhealthy"), run.err());
    }
}
