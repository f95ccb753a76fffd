package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts and pages after an edit, built in process: new, renamed and deleted posts, a page joining
 * the navigation, a renamed title reaching every page that shows it (and no page that does not),
 * and a broken file keeping the last good site while naming its file, line and column. That a
 * running server picks such edits up is e2e/PostsAndPagesReloadTest's part.
 */
@Timeout(60)
class PostsAndPagesRebuildTest {

    @TempDir
    Path dir;

    static String post(String title) {
        return SiteFixture.post(title);
    }

    static SiteFixture adasSite() {
        return SiteFixture.withPaperPostAndPage();
    }

    private InProcessSite built(SiteFixture fixture) {
        return InProcessSite.built(fixture, dir);
    }

    private static void assertPublished(InProcessSite.Build build) {
        assertTrue(build.outcome().ok(), build::errorText);
    }

    static List<String> blogTitles(InProcessSite site, String path) {
        return Jsoup.parse(site.html(path)).select("main ol.posts .post-title").eachText();
    }

    private static List<String> nav(InProcessSite site, String path) {
        return Jsoup.parse(site.html(path)).select("header nav a").eachText();
    }

    @Test
    void aNewPostShowsOnTheBlogAndTheHomePageNewestFirst() {
        InProcessSite site = built(adasSite());
        site.html("/publications/1843-notes");

        assertPublished(site.write("posts/2026-02-01-second.md", post("Second")).build());

        assertTrue(site.page("/blog/second").isPresent(), "the new post");
        assertEquals(List.of("Second", "Hello"), blogTitles(site, "/blog"));
        assertEquals(List.of("Second", "Hello"), blogTitles(site, "/"));
        assertTrue(site.html("/feed.xml").contains("https://ada.example.org/blog/second"));
        assertTrue(site.html("/sitemap.xml").contains("https://ada.example.org/blog/second"));
        site.html("/publications/1843-notes");
        assertFalse(site.renderedSinceBuild().contains("/publications/1843-notes"),
                "a post shows on no paper's page, which is taken over: " + site.renderedSinceBuild());
    }

    @Test
    void aRenamedPostMovesToItsNewAddress() {
        InProcessSite site = built(adasSite());

        assertPublished(site.move("posts/2026-01-05-hello.md", "posts/2026-01-05-hi.md").build());

        assertTrue(site.page("/blog/hi").isPresent(), "the new address");
        assertTrue(site.page("/blog/hello").isEmpty(), "the old address is gone");
        assertEquals("/blog/hi", Jsoup.parse(site.html("/blog")).select("main .post-title a").attr("href"));
    }

    @Test
    void aDeletedPostIsNotFoundAndTheLastOneTakesTheBlogWithIt() {
        InProcessSite site = built(adasSite().file("posts/2026-02-01-second.md", post("Second")));

        assertPublished(site.delete("posts/2026-02-01-second.md").build());
        assertTrue(site.page("/blog/second").isEmpty(), "the post is gone");
        assertEquals(List.of("Hello"), blogTitles(site, "/blog"));

        assertPublished(site.delete("posts/2026-01-05-hello.md").build());
        assertTrue(site.page("/blog").isEmpty(), "the blog is gone");
        assertTrue(Jsoup.parse(site.html("/")).select("header nav a[href=/blog]").isEmpty(), "no Blog in the nav");
    }

    @Test
    void aNewPageWithNavJoinsTheNavigationOfPagesAlreadyServed() {
        InProcessSite site = built(adasSite());
        List<String> paths = List.of("/", "/cv", "/about", "/blog", "/blog/hello", "/publications/1843-notes");
        for (String path : paths) {
            assertEquals(List.of("Home", "Publications", "Blog", "CV"), nav(site, path), path + " before");
        }

        assertPublished(site.write("pages/join.md", "---\ntitle: Join us\nnav: 2\n---\nWe are hiring.\n").build());

        assertTrue(site.page("/join").isPresent(), "the page");
        for (String path : paths) {
            assertEquals(List.of("Home", "Join us", "Publications", "Blog", "CV"), nav(site, path), path + " after");
        }
        // every page shows the navigation: none may be taken over from before the edit
        assertTrue(site.renderedSinceBuild().containsAll(paths), () -> "rendered again: " + site.renderedSinceBuild());
    }

    @Test
    void aRenamedTitleReachesTheNeighboursLinksTheTagPageAndTheFeed() {
        InProcessSite site = built(adasSite()
                .file("posts/2026-01-05-hello.md", "---\ntitle: Hello\ntags: [Engines]\n---\nText.\n")
                .file("posts/2026-02-01-second.md", "---\ntitle: Second\ntags: [Engines]\n---\nText.\n"));
        List<String> paths = List.of("/blog/second", "/blog/tags/engines", "/blog", "/");
        paths.forEach(path -> assertTrue(site.html(path).contains("Hello"), path));
        List<String> unrelated = List.of("/about", "/publications/1843-notes", "/publications");
        unrelated.forEach(site::html);

        String hello = site.read("posts/2026-01-05-hello.md");
        assertTrue(hello.contains("title: Hello"), hello);
        assertPublished(site.write("posts/2026-01-05-hello.md", hello.replace("title: Hello", "title: Greetings")).build());

        assertTrue(site.html("/blog/hello").contains("Greetings"), "the new title");
        for (String path : paths) {
            String html = site.html(path);
            assertTrue(html.contains("Greetings") && !html.contains(">Hello<") && !html.contains("Older: Hello"), path);
        }
        assertTrue(site.html("/feed.xml").contains("<title>Greetings</title>"));
        unrelated.forEach(site::html);
        List<String> rendered = site.renderedSinceBuild();
        assertTrue(rendered.containsAll(paths), () -> "the post, its neighbour and the lists: " + rendered);
        assertTrue(unrelated.stream().noneMatch(rendered::contains), () -> "pages without the post are taken over: "
                + rendered);
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

    /** The errors are the served snapshot's, which /healthz lists (HotReloadTest reads them over HTTP). */
    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("brokenEdits")
    void aBrokenEditKeepsTheLastGoodSiteAndNamesFileLineAndColumn(String file, String text, String error) {
        InProcessSite site = built(adasSite());
        boolean existed = site.exists(file);
        String before = existed ? site.read(file) : null;

        InProcessSite.Build broken = site.write(file, text).build();

        assertFalse(broken.outcome().ok(), "the edit is refused");
        List<String> errors = site.servedErrors();
        String expected = "content/" + error;
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected " + expected + " in " + errors);
        assertEquals("Hello", Jsoup.parse(site.html("/blog/hello")).select("main h1").text(), "the last good post");
        assertEquals("About", Jsoup.parse(site.html("/about")).select("main h1").text(), "the last good page");
        assertTrue(site.page("/publications").isPresent());
        assertFalse(site.html("/").contains("dev-errors"), "no banner outside dev mode");

        if (existed) {
            site.write(file, before);
        } else {
            site.delete(file);
        }
        assertPublished(site.build());
        assertEquals(List.of(), site.servedErrors(), "recovered");
    }
}
