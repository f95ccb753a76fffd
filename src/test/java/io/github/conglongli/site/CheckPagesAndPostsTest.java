package io.github.conglongli.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.CommandRun;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check} on the owner's pages, posts, talks, teaching and projects: each mistake is an
 * error at its file, line and column (or the whole file, for a file name), with the field named
 * and a suggestion where one helps; what the sanitizer removes is a warning, not an error.
 */
@Timeout(60)
class CheckPagesAndPostsTest {

    @TempDir
    Path dir;

    /** Ada's site with a paper, which projects may name by its slug or its BibTeX key. */
    static SiteFixture adasSite() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).bibtexKey("lovelace1843"));
    }

    /** Checks {@code fixture}, written afresh to {@code dir/content}. */
    CommandRun check(SiteFixture fixture) {
        SiteFixture.deleteTree(dir.resolve("content"));
        Path content = fixture.writeContentTo(dir.resolve("content"));
        return MainTest.run("check", "--content", content.toString());
    }

    /** The error lines of a failed check, without the content directory in front and the count at the end. */
    List<String> errors(CommandRun run) {
        assertEquals(1, run.code(), () -> "check should fail:\n" + run.out() + run.err());
        List<String> lines = run.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ errors? in .*"), run.err());
        String prefix = dir.resolve("content") + "/";
        return lines.subList(0, lines.size() - 1).stream().map(l -> l.startsWith(prefix) ? l.substring(prefix.length()) : l)
                .toList();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("a post without a title", "posts/2024-01-05-hello.md", "---\ndescription: Hi\n---\nText.\n",
                        "posts/2024-01-05-hello.md:2:1: missing required field 'title' (expected text)"),
                Arguments.of("a page without a title", "pages/about.md", "---\nnav: 2\n---\nText.\n",
                        "pages/about.md:2:1: missing required field 'title' (expected text)"),
                Arguments.of("a misspelt field", "posts/2024-01-05-hello.md", "---\ntitle: Hi\ntgas: [x]\n---\nText.\n",
                        "posts/2024-01-05-hello.md:3:1: unknown field 'tgas' (did you mean 'tags'?)"),
                Arguments.of("a misspelt field in a page", "pages/about.md", "---\ntitle: About\ndescripton: x\n---\n",
                        "pages/about.md:3:1: unknown field 'descripton' (did you mean 'description'?)"),
                Arguments.of("a bad date", "posts/2026-01-05-hello.md", "---\ntitle: Hi\ndate: 2026-13-05\n---\nText.\n",
                        "posts/2026-01-05-hello.md:3:7: 'date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, "
                                + "got '2026-13-05'"),
                Arguments.of("a bad updated date", "pages/about.md", "---\ntitle: About\nupdated: soon\n---\n",
                        "pages/about.md:3:10: 'updated' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got 'soon'"),
                Arguments.of("a nav that is no number", "pages/about.md", "---\ntitle: About\nnav: first\n---\n",
                        "pages/about.md:3:6: 'nav' must be a whole number, got 'first'"),
                Arguments.of("a nav place out of range", "pages/about.md", "---\ntitle: About\nnav: 0\n---\n",
                        "pages/about.md:3:6: 'nav' must be between 1 and 100, got 0"),
                Arguments.of("a post field on a page", "pages/about.md", "---\ntitle: About\ntags: [x]\n---\n",
                        "pages/about.md:3:1: unknown field 'tags'; expected one of: title, description, nav, updated, toc"),
                Arguments.of("a formula with an unknown command", "posts/2024-01-05-hello.md",
                        "---\ntitle: Hi\n---\nSee $a + \\foo$.\n",
                        "posts/2024-01-05-hello.md:4:10: unknown command \\foo"),
                Arguments.of("a display environment never ended", "pages/about.md",
                        "---\ntitle: About\n---\nText.\n\n$$\n\\begin{aligned} a &= b\n$$\n",
                        "pages/about.md:7:1: missing \\end{aligned}"),
                Arguments.of("a talk abstract with an unknown command", "talks.yaml",
                        "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-01-15\n"
                                + "    abstract: We bound $\\foo x$.\n",
                        "talks.yaml:5:15: 'abstract': unknown command \\foo in $\\foo x$"),
                Arguments.of("a misspelt folder", "post/2024-01-05-hello.md", "---\ntitle: Hi\n---\n",
                        "post: unknown content folder (did you mean 'posts'?)"),
                Arguments.of("front matter never closed", "posts/2024-01-05-hello.md", "---\ntitle: Hi\nText.\n",
                        "posts/2024-01-05-hello.md:1:1: the front matter starting here is never closed: end it with a "
                                + "line of '---' before the text"),
                Arguments.of("no front matter", "pages/about.md", "# About\n\nText.\n", "pages/about.md:1:1: "),
                Arguments.of("broken YAML in the front matter", "posts/2024-01-05-hello.md",
                        "---\ntitle: Hi\ntags: [a, b\n---\nText.\n", "posts/2024-01-05-hello.md:4:1: invalid YAML: "),
                Arguments.of("a draft flag that is no boolean", "posts/2024-01-05-hello.md",
                        "---\ntitle: Hi\ndraft: maybe\n---\nText.\n",
                        "posts/2024-01-05-hello.md:3:8: 'draft' must be true or false, got text 'maybe'"),
                Arguments.of("a post citing an unknown paper", "posts/2024-01-05-hello.md",
                        "---\ntitle: Hi\n---\nAs the notes show [@lovelace1834; @1843-notes].\n",
                        "posts/2024-01-05-hello.md:4:19: no paper has the key or slug 'lovelace1834' (cited as "
                                + "[@lovelace1834]) (did you mean 'lovelace1843'?)"),
                Arguments.of("a page citing an unknown paper", "pages/about.md",
                        "---\ntitle: About\ntoc: true\n---\n## Notes\n\nSee [@notes-1843].\n",
                        "pages/about.md:7:5: no paper has the key or slug 'notes-1843'"),
                Arguments.of("a post file name without a date", "posts/hello.md", "---\ntitle: Hi\n---\nText.\n",
                        "posts/hello.md: a post's file name is its date and address, e.g. posts/2026-01-05-hello-world.md"),
                Arguments.of("a post file name with a bad date", "posts/2024-1-5-hello.md", "---\ntitle: Hi\n---\n",
                        "posts/2024-1-5-hello.md: a post's file name is its date and address"),
                Arguments.of("a post in a subfolder", "posts/2024/2024-01-05-hello.md", "---\ntitle: Hi\n---\n",
                        "posts/2024/2024-01-05-hello.md: a post's file name is its date and address"),
                Arguments.of("a page file name with capitals", "pages/About_Us.md", "---\ntitle: About\n---\n",
                        "pages/About_Us.md: a page's file name is its address: use lower-case letters, digits and "
                                + "dashes"),
                Arguments.of("a file that is not Markdown", "posts/photo.jpg", "not an image",
                        "posts/photo.jpg: only Markdown files (.md) belong in posts/; put images and other files in "
                                + "static/"),
                Arguments.of("a talk without its event", "talks.yaml", "talks:\n  - title: Engines\n    date: 2024-01\n",
                        "talks.yaml:2:5: missing required field 'event' (expected text)"),
                Arguments.of("a talk of an unknown kind", "talks.yaml",
                        "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024\n    kind: keynot\n",
                        "talks.yaml:5:11: "),
                Arguments.of("a course with an unknown role", "teaching.yaml",
                        "teaching:\n  - title: Engines\n    institution: UCL\n    role: professor\n    terms: [1843]\n",
                        "teaching.yaml:4:11: "),
                Arguments.of("a misspelt course field", "teaching.yaml",
                        "teaching:\n  - title: Engines\n    institution: UCL\n    role: instructor\n    term: [1843]\n",
                        "teaching.yaml:5:5: unknown field 'term' (did you mean 'terms'?)"),
                Arguments.of("a project image without its alternative text", "projects.yaml",
                        "projects:\n  - name: Engine\n    summary: A machine.\n    image: /engine.png\n",
                        "projects.yaml:4:12: an 'image' needs 'image_alt': the text a screen reader says instead of it"),
                Arguments.of("a project naming an unknown paper", "projects.yaml",
                        "projects:\n  - name: Engine\n    summary: A machine.\n    publications:\n      - 1843-notes\n"
                                + "      - lovelace1834\n",
                        "projects.yaml:6:9: no publication with slug or BibTeX key 'lovelace1834' (did you mean "
                                + "'lovelace1843'?)"),
                Arguments.of("two projects of one name", "projects.yaml",
                        "projects:\n  - name: Engine\n    summary: A machine.\n  - name: engine\n    summary: Another.\n",
                        "projects.yaml:4:5: the project 'engine' has the name of the project at line 2 (papers link "
                                + "each project by its name); rename one"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsAnErrorAtItsFileLineAndColumn(String what, String file, String text, String expected) {
        List<String> errors = errors(check(adasSite().file(file, text)));
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected)), () -> "expected " + expected + ", got " + errors);
    }

    @Test
    void twoPostsWithTheSameSlugNameBothFiles() {
        List<String> errors = errors(check(adasSite()
                .file("posts/2024-01-05-hello.md", "---\ntitle: Hello\n---\n")
                .file("posts/2025-01-05-hello.md", "---\ntitle: Hello again\n---\n")));
        String content = dir.resolve("content").toString();
        assertEquals(List.of("posts/2025-01-05-hello.md: the post address /blog/hello is already used by "
                + content + "/posts/2024-01-05-hello.md; rename one of the files"), errors);
    }

    @Test
    void aPageAtTheAddressOfABuiltInPageNamesTheFileAndThePage() {
        List<String> errors = errors(check(adasSite().file("pages/publications.md", "---\ntitle: My papers\n---\n")));
        assertEquals(List.of("pages/publications.md: the page /publications is at the address of the publications "
                + "(publications.yaml); rename the file"), errors);
        assertEquals(List.of("pages/publications/1843-notes.md: the page /publications/1843-notes is at the address of "
                + "the publications (publications.yaml); rename the file"),
                errors(check(adasSite().file("pages/publications/1843-notes.md", "---\ntitle: Mine\n---\n"))));
        assertEquals(List.of("pages/blog/hello.md: the page /blog/hello is at the address of the blog (posts/); "
                + "rename the file"), errors(check(adasSite().file("pages/blog/hello.md", "---\ntitle: Mine\n---\n")
                .file("posts/2024-01-05-hello.md", "---\ntitle: Hello\n---\n"))));
        assertEquals(List.of("pages/cv.md: the page /cv is at the address of the CV; rename the file"),
                errors(check(adasSite().file("pages/cv.md", "---\ntitle: CV\n---\n"))));
    }

    @Test
    void aPageAtTeachingClashesOnlyWhenThereIsTeachingYaml() {
        SiteFixture withPage = adasSite().file("pages/teaching.md", "---\ntitle: Teaching\n---\nMy courses.\n");
        CommandRun run = check(withPage);
        assertEquals(0, run.code(), run.err());
        List<String> errors = errors(check(withPage.file("teaching.yaml",
                "teaching:\n  - title: Engines\n    institution: UCL\n    role: instructor\n    terms: [1843]\n")));
        assertEquals(List.of("pages/teaching.md: the page /teaching is at the address of the teaching page "
                + "(teaching.yaml); rename the file"), errors);
    }

    @Test
    void aPageAtTheAddressOfTheHealthCheckOrThe404PageIsAnError() {
        assertEquals(List.of("pages/healthz.md: the page /healthz is at the address of the health check; rename the file"),
                errors(check(adasSite().file("pages/healthz.md", "---\ntitle: Health\n---\n"))));
        assertEquals(List.of("pages/404.md: the page /404 is at the address of the 404 page; rename the file"),
                errors(check(adasSite().file("pages/404.md", "---\ntitle: Lost\n---\n"))));
    }

    @Test
    void aProjectNamingAPaperIsAnErrorWhenThereAreNoPublicationsAtAll() {
        List<String> errors = errors(check(SiteFixture.minimal().file("projects.yaml",
                "projects:\n  - name: Engine\n    summary: A machine.\n    publications: [1843-notes]\n")));
        assertEquals(List.of("projects.yaml:4:20: no publication with slug or BibTeX key '1843-notes'"), errors);
    }

    @Test
    void projectsWithoutPapersNeedNoPublications() {
        CommandRun run = check(SiteFixture.minimal().file("projects.yaml", "projects:\n  - name: Engine\n    summary: A machine.\n"));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("1 project"), run.out());
    }

    @Test
    void removedHtmlIsAWarningWithItsLineAndCheckStillPasses() {
        Path content = adasSite()
                .file("pages/about.md", """
                        ---
                        title: About
                        ---
                        An honest paragraph.

                        <script>alert(1)</script>

                        <img src="/ada.png" alt="Ada" onerror="alert(1)">

                        [click me](javascript:alert(1))
                        """)
                .file("posts/2024-01-05-hello.md", """
                        ---
                        title: Hello
                        ---
                        <iframe src="https://videos.example.org/embed/1" title="A video"></iframe>
                        """)
                .staticFile("ada.png", "an image")
                .writeTo(dir).resolve("content");
        CommandRun run = MainTest.run("check", "--content", content.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("ok: "), run.out());
        assertTrue(run.out().contains("1 page, 1 post"), run.out());
        List<String> warnings = run.err().lines().toList();
        String about = content + "/pages/about.md:";
        assertEquals(4, warnings.size(), run.err());
        assertTrue(warnings.get(0).startsWith(about + "6:1: warning: removed <script>"), warnings.get(0));
        assertTrue(warnings.get(1).matches(Pattern.quote(about + "8:") + "\\d+: warning: removed attribute 'onerror' from <img>.*"),
                warnings.get(1));
        assertTrue(warnings.get(2).matches(Pattern.quote(about + "10:") + "\\d+: warning: removed link to 'javascript:alert\\(1\\)'.*"),
                warnings.get(2));
        assertTrue(warnings.get(3).startsWith(content + "/posts/2024-01-05-hello.md:4:1: warning: removed <iframe> from "
                + "videos.example.org: add the host to 'embeds' in site.yaml to allow it"), warnings.get(3));
    }

    @Test
    void theSummaryCountsEveryKindOfContent() {
        CommandRun run = check(adasSite()
                .file("talks.yaml", "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-01-15\n")
                .file("teaching.yaml", "teaching:\n  - title: Engines\n    institution: UCL\n    role: instructor\n"
                        + "    terms: [1843]\n")
                .file("projects.yaml", "projects:\n  - name: Engine\n    summary: A machine.\n    publications: [lovelace1843]\n")
                .file("pages/about.md", "---\ntitle: About\n---\n")
                .file("pages/group/join.md", "---\ntitle: Join\n---\n")
                .file("posts/2024-01-05-hello.md", "---\ntitle: Hello\n---\n")
                .file("posts/2024-01-06-plans.md", "---\ntitle: Plans\ndraft: true\n---\n"));
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("1 talk, 1 course, 1 project, 2 pages, 2 posts;"), run.out());
    }
}
