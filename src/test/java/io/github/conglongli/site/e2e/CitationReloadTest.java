package io.github.conglongli.site.e2e;

import static io.github.conglongli.site.testing.Await.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Code, contents and citations follow edits while the server runs: a new citation reaches the
 * post and the paper's page; a citation of a paper that does not exist yet keeps the last good
 * site and names its place in /healthz, and adding the paper fixes it without touching the post;
 * a broken publication file is reported alone.
 */
@Timeout(120)
class CitationReloadTest {

    static final Duration RELOAD = Duration.ofSeconds(5);

    @RegisterExtension
    final SiteExtension sites = SiteExtension.onDemand();

    static SiteFixture site() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).bibtexKey("lovelace1843"))
                .file("posts/2026-01-05-hello.md", "---\ntitle: Hello\n---\nNo citations yet.\n");
    }

    @Test
    void aCitationAddedWhileServingReachesThePostAndThePaper() throws Exception {
        TestSite site = sites.start(site());
        site.write("posts/2026-01-05-hello.md", "---\ntitle: Hello\ntoc: true\n---\nAs in [@lovelace1843].\n\n"
                + "## Code\n\n```rust\nfn main() {}\n```\n");
        until(RELOAD, "the citation", () -> site.http.text("/blog/hello").contains("cite-ref"));
        var post = Jsoup.parse(site.http.text("/blog/hello"));
        assertEquals("/publications/1843-notes", post.selectFirst("a.cite-ref").attr("href"));
        assertEquals(List.of("#code"), post.select("nav.toc a").eachAttr("href"));
        assertEquals("fn", post.selectFirst("pre.code .tok-keyword").text());
        assertEquals(List.of("/blog/hello"), Jsoup.parse(site.http.text("/publications/1843-notes"))
                .select("section[aria-labelledby=cited-by] a").eachAttr("href"));
    }

    @Test
    void aCitationOfAPaperNotYetListedWaitsForThePaper() throws Exception {
        TestSite site = sites.start(site());
        site.write("posts/2026-01-05-hello.md", "---\ntitle: Hello\n---\nSee [@babbage1837].\n");
        until(RELOAD, "the error in /healthz", () -> site.http.text("/healthz").contains("babbage1837"));
        assertTrue(site.http.text("/healthz").contains("posts/2026-01-05-hello.md:4:5"), site.http.text("/healthz"));
        assertTrue(site.http.text("/blog/hello").contains("No citations yet."), "the last good site stays");

        site.write("publications.yaml", site().publication(p -> p.title("On the Engine").authors("Charles Babbage")
                .venue("Memoirs 1837").type("journal").year(1837).bibtexKey("babbage1837")).yaml("publications.yaml"));
        until(RELOAD, "the citation", () -> site.http.text("/blog/hello").contains("cite-ref"));
        assertEquals("/publications/1837-on-the-engine",
                Jsoup.parse(site.http.text("/blog/hello")).selectFirst("a.cite-ref").attr("href"));
    }

    @Test
    void aBrokenPublicationFileIsReportedAloneNotWithEveryCitationOfIt() throws Exception {
        TestSite site = sites.start(site().file("posts/2026-01-05-hello.md",
                "---\ntitle: Hello\n---\nAs in [@lovelace1843].\n"));
        site.write("publications.yaml", "publications:\n  - title: [broken\n");
        until(RELOAD, "the error in /healthz", () -> site.http.text("/healthz").contains("publications.yaml"));
        assertFalse(site.http.text("/healthz").contains("lovelace1843"), site.http.text("/healthz"));
        assertTrue(site.http.text("/blog/hello").contains("cite-ref"), "the last good site stays");
    }
}
