package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes and what it prints. */
class MainTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void checkPassesOnTheRepositoryContentWithAOneLineSummary() {
        Run run = run("check");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("ok: content is valid \\(20 publications, 6 positions, 3 degrees; version [0-9a-f]{12}\\)\\R"),
                run.out());
    }

    @Test
    void checkPrintsEveryErrorWithFileLineColumnAndFails() throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content"), content);
        Files.writeString(content.resolve("site.yaml"),
                Files.readString(content.resolve("site.yaml")).replace("title: Conglong Li", "titel: Conglong Li"));
        Files.writeString(content.resolve("experience.yaml"),
                Files.readString(content.resolve("experience.yaml")).replace("    start: 2014\n", "    start: fourteen\n"));
        Run run = run("check", "--content", content.toString());
        assertEquals(1, run.code());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.contains(content + "/site.yaml:2:1: unknown field 'titel' (did you mean 'title'?)"), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(content + "/site.yaml:2:1: missing required field 'title'")), run.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*/experience\\.yaml:\\d+:12: 'start' must be a year .*got 'fourteen'")), run.err());
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
        Run run = run("--help");
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
        assertEquals("0.0.0.0", defaults.host());
        assertEquals(8080, defaults.port());
        assertEquals("content", defaults.content());
        assertFalse(defaults.dev());
        assertTrue(defaults.accessLog());
        Map<String, String> env = Map.of("SITE_HOST", "127.0.0.1", "SITE_PORT", "9000", "SITE_CONTENT", "c",
                "SITE_STATIC", "s", "SITE_DEV", "true");
        Settings fromEnv = Settings.parse(List.of(), env);
        assertEquals("127.0.0.1", fromEnv.host());
        assertEquals(9000, fromEnv.port());
        assertEquals("c", fromEnv.content());
        assertEquals("s", fromEnv.staticDir());
        assertTrue(fromEnv.dev());
        Settings flags = Settings.parse(List.of("serve", "--port=9100", "--host", "::1", "--content", "x", "--dev=false"), env);
        assertEquals(9100, flags.port());
        assertEquals("::1", flags.host());
        assertEquals("x", flags.content());
        assertFalse(flags.dev());
    }

    @Test
    void exportWritesEveryPageAndStaticFileByteIdenticalToTheServer() throws Exception {
        Path out = dir.resolve("public");
        Run run = run("export", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("exported "), run.out());
        for (String file : List.of("index.html", "publications/index.html", "experience/index.html", "cv/index.html",
                "404.html", "style.css", "favicon.svg", "favicon.ico", "icon-192.png", "feed.xml", "sitemap.xml",
                "robots.txt", "manifest.webmanifest", "publications.bib", "publications/2022-1-bit-lamb/index.html",
                "publications/2022-1-bit-lamb.bib")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.noneMatch(f -> f.toString().contains("?")), "no search variants in a static export");
        }
        Settings settings = Settings.parse(List.of("serve", "--host", "127.0.0.1", "--port", "0", "--access-log=false"),
                Map.of());
        try (App app = App.start(settings)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String[] pair : new String[][] {{"/", "index.html"}, {"/publications", "publications/index.html"},
                    {"/experience", "experience/index.html"}, {"/style.css", "style.css"}, {"/nope", "404.html"},
                    {"/feed.xml", "feed.xml"}, {"/publications.bib", "publications.bib"}, {"/cv", "cv/index.html"},
                    {"/publications/2022-1-bit-lamb", "publications/2022-1-bit-lamb/index.html"}}) {
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + pair[0])).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertArrayEquals(response.body(), Files.readAllBytes(out.resolve(pair[1])), pair[0]);
            }
        }
        assertEquals(0, run("export", out.toString()).code(), "a second export replaces the first");
    }

    @Test
    void exportRefusesToOverwriteAForeignDirectory() throws IOException {
        Path out = dir.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.tex"), "precious");
        Run run = run("export", out.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("is not empty and was not made by export"), run.err());
        assertEquals("precious", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void exportWithBrokenContentWritesNothing() throws IOException {
        Path content = dir.resolve("content");
        copy(Path.of("content"), content);
        Files.writeString(content.resolve("profile.yaml"), "name: [unclosed\n");
        Path out = dir.resolve("out");
        Run run = run("export", out.toString(), "--content", content.toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("profile.yaml:2:1:"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void selftestRequestsEveryPageAndFileAndPasses() {
        Run run = run("selftest");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("selftest: \\d{3,} requests, 40 reloads, 0 failures, \\d+ ms\\R"), run.out());
    }

    @Test
    void healthFailsWhenNothingListens() {
        Run run = run("health", "--port", "1");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("unhealthy"), run.err());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }
}
