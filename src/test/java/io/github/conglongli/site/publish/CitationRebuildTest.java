package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Post;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code, contents and citations follow edits, built in process: a new citation reaches the post
 * and the paper's page; a citation of a paper that does not exist yet keeps the last good site
 * and names its place, and adding the paper fixes it without touching the post; a broken
 * publication file is reported alone.
 */
@Timeout(60)
class CitationRebuildTest {

    @TempDir
    Path dir;

    static SiteFixture site() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).bibtexKey("lovelace1843"))
                .file("posts/2026-01-05-hello.md", "---\ntitle: Hello\n---\nNo citations yet.\n");
    }

    private InProcessSite built(SiteFixture fixture) {
        InProcessSite site = InProcessSite.of(fixture, dir);
        InProcessSite.Build first = site.build();
        assertTrue(first.outcome().ok(), first::errorText);
        return site;
    }

    @Test
    void aCitationAddedReachesThePostAndThePaper() {
        InProcessSite site = built(site());
        assertTrue(Jsoup.parse(site.html("/publications/1843-notes")).select("section[aria-labelledby=cited-by]").isEmpty());

        InProcessSite.Build build = site.write("posts/2026-01-05-hello.md", "---\ntitle: Hello\ntoc: true\n---\n"
                + "As in [@lovelace1843].\n\n## Code\n\n```rust\nfn main() {}\n```\n").build();

        assertTrue(build.outcome().ok(), build::errorText);
        Document post = Jsoup.parse(site.html("/blog/hello"));
        assertEquals("/publications/1843-notes", post.selectFirst("a.cite-ref").attr("href"));
        assertEquals(List.of("#code"), post.select("nav.toc a").eachAttr("href"));
        assertEquals("fn", post.selectFirst("pre.code .tok-keyword").text());
        assertEquals(List.of("/blog/hello"), Jsoup.parse(site.html("/publications/1843-notes"))
                .select("section[aria-labelledby=cited-by] a").eachAttr("href"));
        assertTrue(site.renderedSinceBuild().contains("/publications/1843-notes"),
                () -> "the cited paper's page is made again: " + site.renderedSinceBuild());
    }

    @Test
    void aCitationOfAPaperNotYetListedWaitsForThePaper() {
        InProcessSite site = built(site());

        InProcessSite.Build waiting = site.write("posts/2026-01-05-hello.md",
                "---\ntitle: Hello\n---\nSee [@babbage1837].\n").build();

        assertFalse(waiting.outcome().ok());
        String errors = String.join("\n", site.servedErrors());
        assertTrue(errors.contains("babbage1837"), errors);
        assertTrue(errors.contains("posts/2026-01-05-hello.md:4:5"), errors);
        assertTrue(site.html("/blog/hello").contains("No citations yet."), "the last good site stays");

        InProcessSite.Build fixed = site.write("publications.yaml", site().publication(p -> p.title("On the Engine")
                .authors("Charles Babbage").venue("Memoirs 1837").type("journal").year(1837).bibtexKey("babbage1837"))
                .yaml("publications.yaml")).build();

        assertTrue(fixed.outcome().ok(), fixed::errorText);
        assertEquals("/publications/1837-on-the-engine",
                Jsoup.parse(site.html("/blog/hello")).selectFirst("a.cite-ref").attr("href"));
    }

    @Test
    void aPaperEditedReadsAgainOnlyThePostsThatMayCiteIt() throws IOException {
        Path root = site()
                .file("posts/2026-01-06-cites.md", "---\ntitle: Cites\n---\nAs in [@LOVELACE1843].\n")
                .file("posts/2026-01-07-other.md", "---\ntitle: Other\n---\nNothing cited. Mail ada@example.org.\n")
                .writeTo(dir);
        ContentLoader loader = new ContentLoader(root.resolve("content"));
        Site before = ((LoadResult.Loaded) loader.load()).site();

        Files.writeString(root.resolve("content/publications.yaml"), Files.readString(root.resolve(
                "content/publications.yaml")).replace("title: Notes", "title: Notes, Revised"));
        Site after = ((LoadResult.Loaded) loader.load()).site();

        assertSame(post(before, "hello"), post(after, "hello"), "a post citing nothing is not read again");
        assertSame(post(before, "other"), post(after, "other"), "nor one whose @ is an address");
        assertNotSame(post(before, "cites"), post(after, "cites"), "the post citing the paper (in other case) is");
        assertTrue(post(after, "cites").body().html().contains("Notes, Revised"), post(after, "cites").body().html());
    }

    private static Post post(Site site, String slug) {
        return site.posts().stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void aBrokenPublicationFileIsReportedAloneNotWithEveryCitationOfIt() {
        InProcessSite site = built(site().file("posts/2026-01-05-hello.md",
                "---\ntitle: Hello\n---\nAs in [@lovelace1843].\n"));

        InProcessSite.Build broken = site.write("publications.yaml", "publications:\n  - title: [broken\n").build();

        assertFalse(broken.outcome().ok());
        String errors = String.join("\n", site.servedErrors());
        assertTrue(errors.contains("publications.yaml"), errors);
        assertFalse(errors.contains("lovelace1843"), errors);
        assertTrue(site.html("/blog/hello").contains("cite-ref"), "the last good site stays");
    }
}
