package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.e2e.TestSite.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits to the content show up without a restart; broken edits never take the site down. */
class HotReloadTest {

    static final Duration RELOAD = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void anEditIsServedOnTheNextRequest() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            String etagBefore = site.http.get("/experience").headers().firstValue("ETag").orElseThrow();
            site.write("experience.yaml", site.read("experience.yaml").replace("Core member\n", "Core member and mentor\n"));
            await(RELOAD, "the edited title", () -> site.http.text("/experience").contains("Core member and mentor"));
            assertNotEquals(etagBefore, site.http.get("/experience").headers().firstValue("ETag").orElseThrow(),
                    "the cache was replaced");
        }
    }

    @Test
    void anEditSavedAsTempFileThenRenameIsServed() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            site.writeViaRename("publications.yaml",
                    site.read("publications.yaml").replace("Scaling Video Analytics", "Scaling Video Analytics (renamed)"));
            await(RELOAD, "the renamed title", () -> site.http.text("/publications").contains("Scaling Video Analytics (renamed)"));
            // and again: the watch survives the file having been replaced
            site.writeViaRename("publications.yaml",
                    site.read("publications.yaml").replace("(renamed)", "(renamed twice)"));
            await(RELOAD, "the second edit", () -> site.http.text("/publications").contains("(renamed twice)"));
        }
    }

    @Test
    void aBrokenFileKeepsTheLastGoodContentAndReportsFileLineColumnUntilFixed() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            String good = site.read("publications.yaml");
            String broken = good.replace("  - title: Scaling Video Analytics on Constrained Edge Nodes",
                    "  - titel: Scaling Video Analytics on Constrained Edge Nodes");
            site.write("publications.yaml", broken);
            await(RELOAD, "the error in /healthz", () -> site.http.text("/healthz").contains("content-error"));
            String health = site.http.text("/healthz");
            int line = lineOf(broken, "titel:");
            assertTrue(health.contains(site.content.resolve("publications.yaml") + ":" + line + ":5: unknown field 'titel' (did you mean 'title'?)"),
                    health);
            assertTrue(health.contains("missing required field 'title'"), health);
            assertEquals(200, site.http.get("/publications").statusCode());
            assertTrue(site.http.text("/publications").contains("Scaling Video Analytics on Constrained Edge Nodes"),
                    "still the last good content");
            assertFalse(site.http.text("/publications").contains("dev-errors"), "no banner outside dev mode");

            site.write("publications.yaml", good.replace("Scaling Video Analytics", "Scaling Video Analytics, fixed,"));
            await(RELOAD, "recovery", () -> site.http.text("/publications").contains("Scaling Video Analytics, fixed,"));
            assertTrue(site.http.text("/healthz").contains("\"status\":\"ok\""));
        }
    }

    @Test
    void devModeShowsTheErrorInABannerAndClearsItWhenFixed() throws Exception {
        try (TestSite site = TestSite.start(dir, "--dev", "--templates", "src/main/jte")) {
            Document before = Jsoup.parse(site.http.text("/"));
            assertEquals("/_dev/live-reload.js", before.select("script").attr("src"));
            assertEquals(200, site.http.get("/_dev/live-reload.js").statusCode());

            String good = site.read("profile.yaml");
            site.write("profile.yaml", good.replace("role: Senior Researcher", "role: [Senior Researcher"));
            await(RELOAD, "the banner", () -> site.http.text("/").contains("dev-errors"));
            Document page = Jsoup.parse(site.http.text("/"));
            String banner = page.select(".dev-errors").text();
            assertTrue(banner.contains(site.content.resolve("profile.yaml").toString() + ":"), banner);
            assertEquals("Conglong Li", page.select("h1").text(), "the last good content is still there");

            site.write("profile.yaml", good);
            await(RELOAD, "the banner to clear", () -> !site.http.text("/").contains("dev-errors"));
        }
    }

    @Test
    void devModeRecompilesEditedTemplatesAndShowsTemplateErrorsInThePage() throws Exception {
        Path templates = dir.resolve("jte");
        TestSite.copyTree(Path.of("src/main/jte"), templates);
        try (TestSite site = TestSite.start(dir, "--dev", "--templates", templates.toString())) {
            Path home = templates.resolve("pages/home.jte");
            String good = Files.readString(home);
            Files.writeString(home, good.replace(">Research interests<", ">What I work on<"));
            await(Duration.ofSeconds(20), "the edited template", () -> site.http.text("/").contains(">What I work on<"));

            Files.writeString(home, good.replace("@param HomeView view", "@param HomeView view\n${view.noSuchField()}"));
            await(Duration.ofSeconds(20), "the template error page", () -> site.http.text("/").contains("Template error"));
            String page = site.http.text("/");
            assertTrue(page.contains("pages/home.jte"), page);
            assertTrue(page.contains("/_dev/live-reload.js"), "the error page reloads itself once fixed");
            assertTrue(site.http.text("/healthz").contains("Failed to compile template"));

            Files.writeString(home, good);
            await(Duration.ofSeconds(20), "recovery", () -> site.http.text("/").contains(">Research interests<"));
        }
    }

    @Test
    void devModeTellsOpenBrowsersWhichVersionIsServed() throws Exception {
        try (TestSite site = TestSite.start(dir, "--dev", "--templates", dir.resolve("no-templates").toString());
                Socket socket = new Socket("127.0.0.1", site.app.port())) {
            String shown = Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content");
            assertTrue(shown.matches("[0-9a-z]+-\\d+"), shown);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /_dev/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader events = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertEquals(shown, nextVersion(events), "on connect: the version the page shows");
            site.write("experience.yaml", site.read("experience.yaml").replace("Core member\n", "Core member (edited)\n"));
            String announced = nextVersion(events);
            assertNotEquals(shown, announced, "a new version after the edit");
            assertEquals(announced, Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content"));
        }
    }

    @Test
    void anEditBeforeTheBrowserConnectsIsNotMissed() throws Exception {
        // the page says which version it shows; the stream's first word must differ from it when
        // an edit was published between rendering the page and opening the stream
        try (TestSite site = TestSite.start(dir, "--dev", "--templates", dir.resolve("no-templates").toString())) {
            String shown = Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content");
            site.write("experience.yaml", site.read("experience.yaml").replace("Core member\n", "Core member (early)\n"));
            await(RELOAD, "the edit", () -> site.http.text("/experience").contains("Core member (early)"));
            try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET /_dev/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                BufferedReader events = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                assertNotEquals(shown, nextVersion(events), "the stale tab hears a different version and reloads");
            }
        }
    }

    private static String nextVersion(BufferedReader reader) throws java.io.IOException {
        boolean inVersion = false;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.equals("event: version")) {
                inVersion = true;
            } else if (inVersion && line.startsWith("data: ")) {
                return line.substring(6);
            }
        }
        throw new AssertionError("the stream ended");
    }

    @Test
    void theContentDirectoryMayBeReplacedWholesale() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            Path fresh = dir.resolve("content-new");
            TestSite.copyTree(site.content, fresh);
            Files.writeString(fresh.resolve("profile.yaml"),
                    Files.readString(fresh.resolve("profile.yaml")).replace("name: Conglong Li", "name: Conglong Li (new dir)"));
            Path old = dir.resolve("content-old");
            Files.move(site.content, old);
            Files.move(fresh, site.content);
            await(RELOAD, "content from the new directory", () -> site.http.text("/").contains("Conglong Li (new dir)"));
            site.write("profile.yaml", site.read("profile.yaml").replace("(new dir)", "(new dir, edited)"));
            await(RELOAD, "an edit inside the new directory", () -> site.http.text("/").contains("(new dir, edited)"));
        }
    }

    @Test
    void aDeletedContentDirectoryKeepsTheSiteUpAndRecovers() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            Path away = dir.resolve("away");
            Files.move(site.content, away);
            await(RELOAD, "the error", () -> site.http.text("/healthz").contains("content directory not found"));
            assertEquals(200, site.http.get("/").statusCode());
            Files.move(away, site.content);
            await(RELOAD, "recovery", () -> site.http.text("/healthz").contains("\"status\":\"ok\""));
        }
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
