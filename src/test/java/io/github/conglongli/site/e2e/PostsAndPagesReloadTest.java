package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.testing.Await.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Posts and pages are picked up while the server runs, as every other content file is, in folders
 * made or removed after the server started too; embeds added to site.yaml reach the pages and the
 * Content-Security-Policy header. What an edit of a post or page produces (new, renamed, deleted,
 * broken) is tested in process, in publish/PostsAndPagesRebuildTest.
 */
@Timeout(120)
class PostsAndPagesReloadTest {

    static final Duration RELOAD = Duration.ofSeconds(5);

    @RegisterExtension
    final SiteExtension sites = SiteExtension.onDemand();

    static String post(String title) {
        return SiteFixture.post(title);
    }

    static SiteFixture adasSite() {
        return SiteFixture.withPaperPostAndPage();
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
}
