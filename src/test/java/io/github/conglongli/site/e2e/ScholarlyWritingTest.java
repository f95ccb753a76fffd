package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A post as a researcher writes it: a table of contents, coloured code, a footnote, a figure, a
 * task list and citations of the owner's papers, which become numbered links and a list of
 * references; each paper's page lists what cites it.
 */
@Timeout(60)
class ScholarlyWritingTest {

    static final String POST = """
            ---
            title: How we train
            toc: true
            ---
            We follow the transformer [@vaswani2017] and compress gradients [@2022-1-bit-lamb; @vaswani2017].[^1]

            ## Setup

            ```python {linenos=true hl_lines=[2]}
            import torch
            model = torch.compile(model)  # faster
            ```

            ### Hardware

            ![Loss curves](/loss.png "Training loss by step")

            ## Checklist

            - [x] baseline
            - [ ] ablation

            [^1]: Both ran on one node.
            """;

    static SiteFixture site() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Attention Is All You Need").authors("Ada Lovelace", "Alan Turing")
                        .venue("NeurIPS 2017").type("conference").year(2017).bibtexKey("vaswani2017"))
                .publication(p -> p.title("1-bit LAMB: Communication Efficient Training").authors("Ada Lovelace")
                        .venue("HiPC 2022").type("conference").year(2022))
                .publication(p -> p.title("Uncited").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843))
                .staticFile("loss.png", "not really a png")
                .file("posts/2025-03-01-how-we-train.md", POST)
                .file("posts/2025-01-01-short.md", "---\ntitle: Short\n---\nNo contents asked for.\n\n## A heading\n")
                .file("pages/reading.md", "---\ntitle: Reading list\n---\nStart with [@vaswani2017].\n");
    }

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(site());

    @Test
    void aPostAskingForContentsGetsANestedListOfItsHeadingsFirst(Http http) {
        Document doc = http.page("/blog/how-we-train");
        Element toc = doc.selectFirst("article nav.toc");
        assertEquals("Contents", toc.selectFirst("h2").text());
        assertEquals(List.of("#setup", "#hardware", "#checklist"), toc.select("a").eachAttr("href"));
        assertEquals("Hardware", toc.selectFirst("ol > li > ol > li > a").text(), "h3 nested under its h2");
        for (String id : List.of("setup", "hardware", "checklist")) {
            assertEquals(1, doc.select("article [id=" + id + "]").size(), id);
        }
        assertTrue(doc.selectFirst("article").children().indexOf(toc)
                < doc.selectFirst("article").children().indexOf(doc.selectFirst("article h2#setup")));
        assertTrue(http.page("/blog/short").select("nav.toc").isEmpty(), "no contents unless asked");
    }

    @Test
    void codeIsColouredAndNumberedWithoutStyleAttributes(Http http) {
        Document doc = http.page("/blog/how-we-train");
        Element pre = doc.selectFirst("article pre.code.numbered");
        assertEquals("language-python", pre.selectFirst("code").className());
        assertEquals(List.of("tok-keyword", "tok-function", "tok-comment"),
                pre.select("span[class^=tok-]").eachAttr("class"));
        assertEquals(List.of("import", "compile", "# faster"), pre.select("span[class^=tok-]").eachText());
        assertEquals(1, pre.select(".line.hl").size());
        assertTrue(doc.select("[style]").isEmpty(), "the CSP allows no style attributes");
    }

    @Test
    void footnotesFiguresAndTaskListsRender(Http http) {
        Document doc = http.page("/blog/how-we-train");
        assertEquals("#fn-1", doc.selectFirst("sup.footnote-ref a").attr("href"));
        assertEquals("Back to reference 1", doc.selectFirst("a.footnote-backref").attr("aria-label"));
        assertEquals("Training loss by step", doc.selectFirst("figure figcaption").text());
        assertEquals("/loss.png", doc.selectFirst("figure img").attr("src"));
        assertEquals(List.of("\u2611 baseline", "\u2610 ablation"), doc.select("li:has(.task)").eachText());
    }

    @Test
    void citationsLinkToThePapersAndListThemAsReferences(Http http) {
        Document doc = http.page("/blog/how-we-train");
        assertEquals(List.of("1", "2", "1"), doc.select("article a.cite-ref").eachText());
        assertEquals("/publications/2017-attention-is-all-you-need",
                doc.selectFirst("article a.cite-ref").attr("href"));
        Element references = doc.selectFirst("article section.references");
        assertEquals("References", references.selectFirst("h2").text());
        List<String> items = references.select("ol > li").eachText();
        assertEquals(2, items.size());
        assertTrue(items.get(0).startsWith("Ada Lovelace and Alan Turing. 2017. Attention Is All You Need."), items.get(0));
        assertTrue(items.get(1).contains("1-bit LAMB"), items.get(1));
        assertEquals(List.of("/publications/2017-attention-is-all-you-need", "/publications/2022-1-bit-lamb"),
                references.select("a").eachAttr("href"));
        assertEquals(List.of("/publications/2017-attention-is-all-you-need"),
                http.page("/reading").select("section.references a").eachAttr("href"));
    }

    @Test
    void aPaperPageListsThePostsAndPagesThatCiteIt(Http http) {
        Element cited = http.page("/publications/2017-attention-is-all-you-need")
                .selectFirst("section[aria-labelledby=cited-by]");
        assertEquals("Cited on this site", cited.selectFirst("h2").text());
        assertEquals(List.of("/blog/how-we-train", "/reading"), cited.select("a").eachAttr("href"));
        assertEquals(List.of("How we train", "Reading list"), cited.select("a").eachText());
        assertTrue(http.page("/publications/1843-uncited").select("#cited-by").isEmpty());
    }

    @Test
    void inJapaneseTheInterfaceTextIsJapanese() throws Exception {
        TestSite ja = serving.start(site().site(s -> s.language("ja")));
        Document doc = ja.http.page("/blog/how-we-train");
        assertEquals("目次", doc.selectFirst("nav.toc h2").text());
        assertEquals("参考文献", doc.selectFirst("section.references h2").text());
        assertEquals("参照 1 に戻る", doc.selectFirst("a.footnote-backref").attr("aria-label"));
        assertFalse(ja.http.page("/publications/2017-attention-is-all-you-need")
                .select("section[aria-labelledby=cited-by] h2").text().isEmpty());
    }
}
