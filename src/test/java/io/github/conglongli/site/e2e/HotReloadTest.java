package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.testing.Await.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Edits to the content show up without a restart; broken edits never take the site down. */
@Timeout(90)
class HotReloadTest {

    static final Duration RELOAD = Duration.ofSeconds(5);

    /** Ada's site, with the entries the edits below change. */
    static SiteFixture adasSite() {
        return SiteFixture.minimal()
                .profile(p -> p.role("Analyst"))
                .publication(p -> p.title("Scheduling Engines on Constrained Edge Nodes").authors("Ada Lovelace")
                        .venue("EuroSys 2020").type("conference").year(2020))
                .position(p -> p.title("Core member").organization("Difference Club").start(2023).end("present"));
    }

    @RegisterExtension
    final SiteExtension sites = SiteExtension.onDemand();

    @TempDir
    Path dir;

    @Test
    void anEditIsServedOnTheNextRequest() throws Exception {
        TestSite site = sites.start(adasSite());
        String etagBefore = site.http.get("/experience").headers().firstValue("ETag").orElseThrow();
        site.replace("experience.yaml", "title: Core member", "title: Core member and mentor");
        until(RELOAD, "the edited title", () -> site.http.text("/experience").contains("Core member and mentor"));
        assertNotEquals(etagBefore, site.http.get("/experience").headers().firstValue("ETag").orElseThrow(),
                "the cache was replaced");
    }

    @Test
    void anEditSavedAsTempFileThenRenameIsServed() throws Exception {
        TestSite site = sites.start(adasSite());
        site.writeViaRename("publications.yaml",
                site.read("publications.yaml").replace("Scheduling Engines", "Scheduling Engines (renamed)"));
        until(RELOAD, "the renamed title", () -> site.http.text("/publications").contains("Scheduling Engines (renamed)"));
        // and again: the watch survives the file having been replaced
        site.writeViaRename("publications.yaml",
                site.read("publications.yaml").replace("(renamed)", "(renamed twice)"));
        until(RELOAD, "the second edit", () -> site.http.text("/publications").contains("(renamed twice)"));
    }

    @Test
    void aBrokenFileKeepsTheLastGoodContentAndReportsFileLineColumnUntilFixed() throws Exception {
        TestSite site = sites.start(adasSite());
        String good = site.read("publications.yaml");
        site.write("publications.yaml", """
                publications:
                  - titel: Scheduling Engines on Constrained Edge Nodes
                    authors: [Ada Lovelace]
                    venue: EuroSys 2020
                    type: conference
                    year: 2020
                """);
        until(RELOAD, "the error in /healthz", () -> site.http.text("/healthz").contains("content-error"));
        String health = site.http.text("/healthz");
        assertTrue(health.contains(site.content.resolve("publications.yaml") + ":2:5: unknown field 'titel' (did you mean 'title'?)"),
                health);
        assertTrue(health.contains("missing required field 'title'"), health);
        assertEquals(200, site.http.get("/publications").statusCode());
        assertTrue(site.http.text("/publications").contains("Scheduling Engines on Constrained Edge Nodes"),
                "still the last good content");
        assertFalse(site.http.text("/publications").contains("dev-errors"), "no banner outside dev mode");

        site.write("publications.yaml", good.replace("Scheduling Engines", "Scheduling Engines, fixed,"));
        until(RELOAD, "recovery", () -> site.http.text("/publications").contains("Scheduling Engines, fixed,"));
        assertTrue(site.http.text("/healthz").contains("\"status\":\"ok\""));
    }

    @Test
    void devModeShowsTheErrorInABannerAndClearsItWhenFixed() throws Exception {
        TestSite site = sites.start(adasSite(), "--dev", "--templates", "src/main/jte");
        Document before = Jsoup.parse(site.http.text("/"));
        assertEquals("/_dev/live-reload.js", before.select("script").attr("src"));
        assertEquals(200, site.http.get("/_dev/live-reload.js").statusCode());

        String good = site.read("profile.yaml");
        site.replace("profile.yaml", "role: Analyst", "role: [Analyst");
        until(RELOAD, "the banner", () -> site.http.text("/").contains("dev-errors"));
        Document page = Jsoup.parse(site.http.text("/"));
        String banner = page.select(".dev-errors").text();
        assertTrue(banner.contains(site.content.resolve("profile.yaml").toString() + ":"), banner);
        assertEquals("Ada Lovelace", page.select("h1").text(), "the last good content is still there");

        site.write("profile.yaml", good);
        until(RELOAD, "the banner to clear", () -> !site.http.text("/").contains("dev-errors"));
    }

    @Test
    void devModeRecompilesEditedTemplatesAndShowsTemplateErrorsInThePage() throws Exception {
        Path templates = dir.resolve("jte");
        SiteFixture.copyTree(Path.of("src/main/jte"), templates);
        // the home page shows "Research interests" only when the profile has some
        TestSite site = sites.start(adasSite().profile(p -> p.researchInterests("Engines.")),
                "--dev", "--templates", templates.toString());
        Path home = templates.resolve("pages/home.jte");
        String good = Files.readString(home);
        Files.writeString(home, good.replace(">${meta.labels().get(\"home.researchInterests\")}<", ">What I work on<"));
        until(Duration.ofSeconds(20), "the edited template", () -> site.http.text("/").contains(">What I work on<"));

        Files.writeString(home, good.replace("@param HomeView view", "@param HomeView view\n${view.noSuchField()}"));
        until(Duration.ofSeconds(20), "the template error page", () -> site.http.text("/").contains("Template error"));
        String page = site.http.text("/");
        assertTrue(page.contains("pages/home.jte"), page);
        assertTrue(page.contains("/_dev/live-reload.js"), "the error page reloads itself once fixed");
        assertTrue(site.http.text("/healthz").contains("Failed to compile template"));

        Files.writeString(home, good);
        until(Duration.ofSeconds(20), "recovery", () -> site.http.text("/").contains(">Research interests<"));
    }

    /** A page made on first request (a paper's) meets the broken template only then, and shows it the same way. */
    @Test
    void aTemplateErrorInAPageMadeOnDemandShowsInThatPage() throws Exception {
        Path templates = dir.resolve("jte");
        SiteFixture.copyTree(Path.of("src/main/jte"), templates);
        TestSite site = sites.start(adasSite(), "--dev", "--templates", templates.toString());
        String paper = "/publications/2020-scheduling-engines-on-constrained-edge-nodes";
        assertEquals(200, site.http.get(paper).statusCode());
        Path template = templates.resolve("pages/publication.jte");
        String good = Files.readString(template);
        Files.writeString(template, good.replace("@param PublicationPageView view",
                "@param PublicationPageView view\n${view.noSuchField()}"));
        until(Duration.ofSeconds(20), "the template error page", () -> site.http.text(paper).contains("Template error"));
        HttpResponse<byte[]> broken = site.http.get(paper);
        String page = new String(broken.body(), StandardCharsets.UTF_8);
        assertEquals(500, broken.statusCode());
        assertTrue(page.contains("pages/publication.jte") && page.contains("noSuchField"), page);
        assertTrue(page.contains("/_dev/live-reload.js"), "the error page reloads itself once fixed");
        assertEquals(200, site.http.get("/").statusCode(), "pages the template does not make are served");

        Files.writeString(template, good);
        until(Duration.ofSeconds(20), "recovery", () -> site.http.get(paper).statusCode() == 200);
    }

    @Test
    void devModeTellsOpenBrowsersWhichVersionIsServed() throws Exception {
        TestSite site = sites.start(adasSite(), "--dev", "--templates", dir.resolve("no-templates").toString());
        try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
            String shown = Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content");
            assertTrue(shown.matches("[0-9a-z]+-\\d+"), shown);
            BufferedReader events = openEvents(socket);
            assertEquals(shown, nextVersion(events), "on connect: the version the page shows");
            site.replace("experience.yaml", "title: Core member", "title: Core member (edited)");
            String announced = nextVersion(events);
            assertNotEquals(shown, announced, "a new version after the edit");
            assertEquals(announced, Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content"));
        }
    }

    @Test
    void anEditBeforeTheBrowserConnectsIsNotMissed() throws Exception {
        // the page says which version it shows; the stream's first word must differ from it when
        // an edit was published between rendering the page and opening the stream
        TestSite site = sites.start(adasSite(), "--dev", "--templates", dir.resolve("no-templates").toString());
        String shown = Jsoup.parse(site.http.text("/")).select("meta[name=site-version]").attr("content");
        site.replace("experience.yaml", "title: Core member", "title: Core member (early)");
        until(RELOAD, "the edit", () -> site.http.text("/experience").contains("Core member (early)"));
        try (Socket socket = new Socket("127.0.0.1", site.app.port())) {
            assertNotEquals(shown, nextVersion(openEvents(socket)), "the stale tab hears a different version and reloads");
        }
    }

    /** Opens the live-reload event stream on {@code socket}, as the dev-mode script does. */
    private static BufferedReader openEvents(Socket socket) throws IOException {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET /_dev/events HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    private static String nextVersion(BufferedReader reader) throws IOException {
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
        TestSite site = sites.start(adasSite());
        Path fresh = site.copyOfContent("content-new", "profile.yaml", "name: Ada Lovelace", "name: Ada Lovelace (new dir)");
        Files.move(site.content, site.root.resolve("content-old"));
        Files.move(fresh, site.content);
        until(RELOAD, "content from the new directory", () -> site.http.text("/").contains("Ada Lovelace (new dir)"));
        site.replace("profile.yaml", "(new dir)", "(new dir, edited)");
        until(RELOAD, "an edit inside the new directory", () -> site.http.text("/").contains("(new dir, edited)"));
    }

    @Test
    void aDeletedContentDirectoryKeepsTheSiteUpAndRecovers() throws Exception {
        TestSite site = sites.start(adasSite());
        Path away = site.root.resolve("away");
        Files.move(site.content, away);
        until(RELOAD, "the error", () -> site.http.text("/healthz").contains("content directory not found"));
        assertEquals(200, site.http.get("/").statusCode());
        Files.move(away, site.content);
        until(RELOAD, "recovery", () -> site.http.text("/healthz").contains("\"status\":\"ok\""));
    }
}
