package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.testing.Await.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts and pages are picked up while the server runs, as every other content file is: new
 * files, renamed and deleted ones, and folders made after the server started. A broken one keeps
 * the last good site online and names its file, line and column in /healthz.
 */
@Timeout(120)
class PostsAndPagesReloadTest {

    static final Duration RELOAD = Duration.ofSeconds(5);
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final SiteExtension sites = SiteExtension.onDemand();

    static String post(String title) {
        return "---\ntitle: " + title + "\n---\nText of " + title + ".\n";
    }

    /** Ada's site with a paper, a first post and a page. */
    static SiteFixture adasSite() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).slug("1843-notes"))
                .file("posts/2026-01-05-hello.md", post("Hello"))
                .file("pages/about.md", "---\ntitle: About\n---\nAbout Ada.\n");
    }

    static List<String> blogTitles(TestSite site, String path) {
        return Jsoup.parse(site.http.text(path)).select("main ol.posts .post-title").eachText();
    }

    @Test
    void aNewPostShowsOnTheBlogAndTheHomePageNewestFirst() throws Exception {
        TestSite site = sites.start(adasSite());
        site.write("posts/2026-02-01-second.md", post("Second"));
        until(RELOAD, "the new post", () -> site.http.get("/blog/second").statusCode() == 200);
        assertEquals(List.of("Second", "Hello"), blogTitles(site, "/blog"));
        assertEquals(List.of("Second", "Hello"), blogTitles(site, "/"));
        assertTrue(site.http.text("/feed.xml").contains("https://ada.example.org/blog/second"));
        assertTrue(site.http.text("/sitemap.xml").contains("https://ada.example.org/blog/second"));
    }

    @Test
    void aRenamedPostMovesToItsNewAddress() throws Exception {
        TestSite site = sites.start(adasSite());
        Files.move(site.content.resolve("posts/2026-01-05-hello.md"), site.content.resolve("posts/2026-01-05-hi.md"));
        until(RELOAD, "the new address", () -> site.http.get("/blog/hi").statusCode() == 200);
        assertEquals(404, site.http.get("/blog/hello").statusCode(), "the old address is gone");
        assertEquals("/blog/hi", Jsoup.parse(site.http.text("/blog")).select("main .post-title a").attr("href"));
    }

    @Test
    void aDeletedPostIsNotFoundAndTheLastOneTakesTheBlogWithIt() throws Exception {
        TestSite site = sites.start(adasSite().file("posts/2026-02-01-second.md", post("Second")));
        Files.delete(site.content.resolve("posts/2026-02-01-second.md"));
        until(RELOAD, "the post to go", () -> site.http.get("/blog/second").statusCode() == 404);
        assertEquals(List.of("Hello"), blogTitles(site, "/blog"));
        Files.delete(site.content.resolve("posts/2026-01-05-hello.md"));
        until(RELOAD, "the blog to go", () -> site.http.get("/blog").statusCode() == 404);
        assertTrue(Jsoup.parse(site.http.text("/")).select("header nav a[href=/blog]").isEmpty(), "no Blog in the nav");
    }

    @Test
    void aPostsFolderMadeWhileServingStartsTheBlog() throws Exception {
        TestSite site = sites.start(SiteFixture.minimal());
        assertEquals(404, site.http.get("/blog").statusCode());
        Files.createDirectory(site.content.resolve("posts"));
        site.write("posts/2026-01-05-hello.md", post("Hello"));
        until(RELOAD, "the blog", () -> site.http.get("/blog").statusCode() == 200);
        assertEquals(200, site.http.get("/blog/hello").statusCode());
        assertEquals(List.of("Home", "Blog", "CV"), Jsoup.parse(site.http.text("/")).select("header nav a").eachText());
    }

    @Test
    void aPagesFolderMadeWhileServingIsWatchedWithItsSubfolders() throws Exception {
        TestSite site = sites.start(SiteFixture.minimal());
        Files.createDirectory(site.content.resolve("pages"));
        site.write("pages/about.md", "---\ntitle: About\n---\nAbout Ada.\n");
        until(RELOAD, "the page", () -> site.http.get("/about").statusCode() == 200);
        assertEquals("About", Jsoup.parse(site.http.text("/about")).select("main h1").text());

        // a folder inside the new folder, and a file in it: the watch covers what was not there at start
        Files.createDirectories(site.content.resolve("pages/group"));
        site.write("pages/group/join.md", "---\ntitle: Join us\nnav: 2\n---\nWe are hiring.\n");
        until(RELOAD, "the nested page", () -> site.http.get("/group/join").statusCode() == 200);
        assertEquals(List.of("Home", "Join us", "CV"), Jsoup.parse(site.http.text("/")).select("header nav a").eachText());
        site.write("pages/group/join.md", "---\ntitle: Join us\nnav: 2\n---\nWe are hiring again.\n");
        until(RELOAD, "the edit", () -> site.http.text("/group/join").contains("We are hiring again."));
    }

    @Test
    void aPageFolderRemovedWhileServingTakesItsPagesWithIt() throws Exception {
        TestSite site = sites.start(adasSite().file("pages/group/join.md", "---\ntitle: Join us\n---\nHi.\n"));
        SiteFixture.deleteTree(site.content.resolve("pages/group"));
        until(RELOAD, "the page to go", () -> site.http.get("/group/join").statusCode() == 404);
        assertEquals(200, site.http.get("/about").statusCode());
    }

    @Test
    void aNewPageWithNavJoinsTheNavigationOfPagesAlreadyServed() throws Exception {
        TestSite site = sites.start(adasSite());
        List<String> paths = List.of("/", "/cv", "/about", "/blog", "/blog/hello", "/publications/1843-notes");
        for (String path : paths) {
            assertEquals(List.of("Home", "Publications", "Blog", "CV"), nav(site, path), path + " before");
        }
        site.write("pages/join.md", "---\ntitle: Join us\nnav: 2\n---\nWe are hiring.\n");
        until(RELOAD, "the page", () -> site.http.get("/join").statusCode() == 200);
        for (String path : paths) {
            assertEquals(List.of("Home", "Join us", "Publications", "Blog", "CV"), nav(site, path), path + " after");
        }
    }

    @Test
    void aRenamedTitleReachesTheNeighboursLinksTheTagPageAndTheFeed() throws Exception {
        TestSite site = sites.start(adasSite()
                .file("posts/2026-01-05-hello.md", "---\ntitle: Hello\ntags: [Engines]\n---\nText.\n")
                .file("posts/2026-02-01-second.md", "---\ntitle: Second\ntags: [Engines]\n---\nText.\n"));
        List<String> paths = List.of("/blog/second", "/blog/tags/engines", "/blog", "/");
        paths.forEach(path -> assertTrue(site.http.text(path).contains("Hello"), path));
        site.replace("posts/2026-01-05-hello.md", "title: Hello", "title: Greetings");
        until(RELOAD, "the new title", () -> site.http.text("/blog/hello").contains("Greetings"));
        for (String path : paths) {
            String html = site.http.text(path);
            assertTrue(html.contains("Greetings") && !html.contains(">Hello<") && !html.contains("Older: Hello"), path);
        }
        assertTrue(site.http.text("/feed.xml").contains("<title>Greetings</title>"));
    }

    @Test
    void embedsAddedToSiteYamlWhileServingLetTheIframeThroughAndIntoThePolicy() throws Exception {
        String iframe = "<iframe src=\"https://www.youtube-nocookie.com/embed/x\" title=\"A talk\"></iframe>";
        TestSite site = sites.start(adasSite().file("pages/about.md", "---\ntitle: About\n---\n" + iframe + "\n"));
        assertTrue(Jsoup.parse(site.http.text("/about")).select("iframe").isEmpty());
        assertFalse(csp(site).contains("frame-src"));
        site.write("site.yaml", site.read("site.yaml") + "embeds: [www.youtube-nocookie.com]\n");
        until(RELOAD, "the iframe", () -> !Jsoup.parse(site.http.text("/about")).select("iframe").isEmpty());
        assertTrue(csp(site).endsWith("; frame-src https://www.youtube-nocookie.com"), csp(site));
        site.replace("site.yaml", "embeds: [www.youtube-nocookie.com]\n", "");
        until(RELOAD, "the iframe to go", () -> Jsoup.parse(site.http.text("/about")).select("iframe").isEmpty());
        assertFalse(csp(site).contains("frame-src"));
    }

    private static String csp(TestSite site) {
        return site.http.get("/about").headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    private static List<String> nav(TestSite site, String path) {
        return Jsoup.parse(site.http.text(path)).select("header nav a").eachText();
    }

    static Stream<Arguments> brokenEdits() {
        return Stream.of(
                Arguments.of("posts/2026-01-05-hello.md", "---\ntitle: Hello\ndate: 2026-13-05\n---\nText.\n",
                        "posts/2026-01-05-hello.md:3:7: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, "
                                + "got '2026-13-05'"),
                Arguments.of("posts/2026-01-05-hello.md", "---\ndescription: Hi\n---\nText.\n",
                        "posts/2026-01-05-hello.md:2:1: missing required field 'title' (expected text)"),
                Arguments.of("posts/2026-01-05-hello.md", "---\ntitle: Hello\ntgas: [x]\n---\nText.\n",
                        "posts/2026-01-05-hello.md:3:1: unknown field 'tgas' (did you mean 'tags'?)"),
                Arguments.of("posts/2026-01-05-hello.md", "---\ntitle: Hello\nText.\n",
                        "posts/2026-01-05-hello.md:1:1: the front matter starting here is never closed: end it with "
                                + "a line of '---' before the text"),
                Arguments.of("posts/2026-01-05-hello.md", "---\ntitle: Hello\ndraft: maybe\n---\nText.\n",
                        "posts/2026-01-05-hello.md:3:8: 'draft' must be true or false, got text 'maybe'"),
                Arguments.of("posts/hello-again.md", post("Hello again"),
                        "posts/hello-again.md: a post's file name is its date and address, e.g. "
                                + "posts/2026-01-05-hello-world.md"),
                Arguments.of("posts/2026-03-01-hello.md", post("Hello again"),
                        "posts/2026-03-01-hello.md: the post address /blog/hello is already used by "),
                Arguments.of("pages/about.md", "---\ntitle: About\nupdated: soon\n---\n",
                        "pages/about.md:3:10: 'updated' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got 'soon'"),
                Arguments.of("pages/publications.md", "---\ntitle: My papers\n---\n",
                        "pages/publications.md: the page /publications is at the address of the publications "
                                + "(publications.yaml); rename the file"),
                Arguments.of("projects.yaml", "projects:\n  - name: Engine\n    summary: A machine.\n"
                                + "    publications: [1843-notes, 1843-notse]\n",
                        "projects.yaml:4:32: no publication with slug or BibTeX key '1843-notse' (did you mean "
                                + "'1843-notes'?)"),
                Arguments.of("talks.yaml", "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-1-15\n",
                        "talks.yaml:4:11: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '2024-1-15'"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("brokenEdits")
    void aBrokenEditKeepsTheLastGoodSiteAndNamesFileLineAndColumnInHealthz(String file, String text, String error)
            throws Exception {
        TestSite site = sites.start(adasSite());
        Path path = site.content.resolve(file);
        boolean existed = Files.exists(path);
        String before = existed ? site.read(file) : null;
        site.write(file, text);
        until(RELOAD, "the error in /healthz", () -> site.http.text("/healthz").contains("content-error"));
        List<String> errors = healthErrors(site);
        String expected = site.content + "/" + error;
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected " + expected + " in " + errors);

        assertEquals("Hello", Jsoup.parse(site.http.text("/blog/hello")).select("main h1").text(), "the last good post");
        assertEquals("About", Jsoup.parse(site.http.text("/about")).select("main h1").text(), "the last good page");
        assertEquals(200, site.http.get("/publications").statusCode());
        assertFalse(site.http.text("/").contains("dev-errors"), "no banner outside dev mode");

        if (existed) {
            site.write(file, before);
        } else {
            Files.delete(path);
        }
        until(RELOAD, "recovery", () -> site.http.text("/healthz").contains("\"status\":\"ok\""));
    }

    private static List<String> healthErrors(TestSite site) throws Exception {
        JsonNode health = JSON.readTree(site.http.text("/healthz"));
        List<String> errors = new ArrayList<>();
        health.path("errors").forEach(e -> errors.add(e.asText()));
        return errors;
    }
}
