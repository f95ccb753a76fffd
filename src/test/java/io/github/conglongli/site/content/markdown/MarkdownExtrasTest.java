package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What Markdown bodies gain beyond CommonMark and GitHub's tables: coloured code, footnotes,
 * task lists, heading links, a table of contents, figures and citations, each through the
 * sanitizer that stands in front of every page.
 */
@Timeout(30)
class MarkdownExtrasTest {

    private static final CitedWork ATTENTION = new CitedWork("2017-attention", "/publications/2017-attention",
            "Attention Is All You Need");
    private static final CitedWork LAMB = new CitedWork("2022-1-bit-lamb", "/publications/2022-1-bit-lamb",
            "1-bit LAMB");

    private final MarkdownRenderer renderer = new MarkdownRenderer(Set.of(), Map.of(
            "vaswani2017", ATTENTION, "2017-attention", ATTENTION, "li2022lamb", LAMB, "2022-1-bit-lamb", LAMB));

    @Test
    void fencedCodeIsColouredWithClassesAndNoStyle() {
        String html = renderer.render("```python\ndef f():  # hi\n    return 'x'\n```\n", 1).html();
        assertEquals("<pre class=\"code\" tabindex=\"0\"><code class=\"language-python\"><span class=\"tok-keyword\">def"
                + "</span> <span class=\"tok-function\">f</span>():  <span class=\"tok-comment\"># hi</span>\n"
                + "    <span class=\"tok-keyword\">return</span> <span class=\"tok-string\">&#39;x&#39;</span>\n"
                + "</code></pre>\n", html);
        assertFalse(html.contains("style"), html);
    }

    @Test
    void lineNumbersAndHighlightsFromTheFenceSurviveTheSanitizer() {
        String html = renderer.render("```go {linenos=true hl_lines=[2]}\na := 1\nb := 2\n```\n", 1).html();
        assertTrue(html.startsWith("<pre class=\"code numbered\" tabindex=\"0\"><code class=\"language-go\">"
                + "<span class=\"line\">a :&#61; <span class=\"tok-number\">1</span>\n</span><span class=\"line hl\">"), html);
    }

    @Test
    void ownerHtmlCannotBorrowTheCodeClassesForAnythingElse() {
        String html = renderer.render("<span class=\"evil\">a</span> <pre class=\"x\" tabindex=\"5\">b</pre>"
                + " <a class=\"tok-keyword\" href=\"/x\">c</a>", 1).html();
        assertFalse(html.contains("evil"), html);
        assertFalse(html.contains("tabindex"), html);
        assertFalse(html.contains("tok-keyword"), html);
    }

    @Test
    void footnotesLinkToTheirNoteAndBack() {
        Document doc = Jsoup.parse(renderer.render("A claim.[^1] Another.[^more]\n\n[^1]: The source.\n"
                + "[^more]: More text.\n", 1).html());
        assertEquals("#fn-1", doc.select("sup.footnote-ref a").get(0).attr("href"));
        assertEquals("fnref-1", doc.select("sup.footnote-ref a").get(0).id());
        assertEquals(2, doc.select("section.footnotes ol li").size());
        assertEquals("fn-1", doc.select("section.footnotes li").get(0).id());
        assertEquals("#fnref-1", doc.select("section.footnotes li a.footnote-backref").get(0).attr("href"));
        assertEquals("Back to reference 1", doc.select("a.footnote-backref").get(0).attr("aria-label"));
    }

    @Test
    void aFootnotesMarksAreNotWordsOfThePlainText() {
        RenderedMarkdown body = renderer.render("A claim.[^1] Another.[^more]\n\n[^1]: The source.\n"
                + "[^more]: More text.\n", 1);
        assertEquals("A claim. Another.\nThe source.\nMore text.", body.plainText(),
                "what search quotes and counts: no \"claim.1\", no arrows back");
        assertEquals(7, body.words().words());
    }

    @Test
    void taskListItemsShowTheirBoxAsACharacterNotAFormControl() {
        String html = renderer.render("- [x] write the paper\n- [ ] submit it\n", 1).html();
        assertEquals("<ul><li><span class=\"task done\">\u2611</span> write the paper</li>"
                + "<li><span class=\"task\">\u2610</span> submit it</li></ul>\n", html);
    }

    @Test
    void headingsTwoToFourGetALinkNamedByTheHeadingItself() {
        Document doc = Jsoup.parse(renderer.render("# Title\n## Method\n### Data\n#### Split\n##### Tiny\n", 1).html());
        assertTrue(doc.select("h1 a.anchor").isEmpty());
        assertTrue(doc.select("h5 a.anchor").isEmpty());
        for (String level : List.of("h2", "h3", "h4")) {
            var link = doc.selectFirst(level + " a.anchor");
            String id = doc.selectFirst(level).id();
            assertEquals("#" + id, link.attr("href"));
            assertEquals(id, link.attr("aria-labelledby"));
            assertEquals("", link.text(), "the '#' is drawn by CSS, so the text stays clean");
        }
        assertEquals("Title\nMethod\nData\nSplit\nTiny", renderer.render("# Title\n## Method\n### Data\n#### Split\n"
                + "##### Tiny\n", 1).plainText().strip());
    }

    @Test
    void theContentsNestHeadingsTwoToFourAndLinkToTheirIds() {
        RenderedMarkdown body = renderer.render("""
                # Not listed
                ## Intro *here*
                ### Background
                #### Detail
                ## Results
                ## Results
                ### `code` heading
                ##### Too deep
                """, 1);
        assertEquals(List.of(
                new ContentsEntry("intro-here", "Intro here", List.of(
                        new ContentsEntry("background", "Background", List.of(
                                new ContentsEntry("detail", "Detail", List.of()))))),
                new ContentsEntry("results", "Results", List.of()),
                new ContentsEntry("results-1", "Results", List.of(
                        new ContentsEntry("code-heading", "code heading", List.of())))), body.contents());
        Document doc = Jsoup.parse(body.html());
        for (ContentsEntry entry : flatten(body.contents())) {
            assertEquals(1, doc.select("[id=" + entry.id() + "]").size(), entry.id());
        }
        assertEquals(List.of(), body.withoutContents().contents());
    }

    @Test
    void anImageWithATitleAloneInAParagraphIsAFigure() {
        String html = renderer.render("![Loss curves](/img/loss.png \"Training loss by step\")\n", 1).html();
        assertEquals("<figure><img src=\"/img/loss.png\" alt=\"Loss curves\" />\n"
                + "<figcaption>Training loss by step</figcaption>\n</figure>\n", html);
    }

    @Test
    void anImageWithAnEmphasisedLineBelowIsAFigure() {
        String html = renderer.render("![Model](/img/model.png)\n*The model, with [code](https://example.org).*\n", 1)
                .html();
        assertEquals("<figure><img src=\"/img/model.png\" alt=\"Model\" />\n<figcaption>The model, with "
                + "<a href=\"https://example.org\">code</a>.</figcaption>\n</figure>\n", html);
    }

    @Test
    void otherImagesStayImages() {
        assertEquals("<p><img src=\"/a.png\" alt=\"a\" /> and text</p>\n",
                renderer.render("![a](/a.png) and text", 1).html());
        assertEquals("<p><img src=\"/a.png\" alt=\"a\" /></p>\n", renderer.render("![a](/a.png)", 1).html());
    }

    @Test
    void citationsAreNumberedInOrderOfFirstUseAndLinkToThePaper() {
        RenderedMarkdown body = renderer.render("""
                Transformers [@vaswani2017] and optimizers [@li2022lamb; @2017-attention].

                Again [@LI2022LAMB], not an email [me@example.org] nor `[@vaswani2017]`.
                """, 1);
        Document doc = Jsoup.parse(body.html());
        var links = doc.select("a.cite-ref");
        assertEquals(List.of("1", "2", "1", "2"), links.eachText());
        assertEquals("/publications/2017-attention", links.get(0).attr("href"));
        assertEquals("Attention Is All You Need", links.get(0).attr("title"));
        assertEquals("/publications/2022-1-bit-lamb", links.get(1).attr("href"));
        assertTrue(doc.text().contains("optimizers [2, 1]."), doc.text());
        assertTrue(doc.text().contains("[me@example.org]"), doc.text());
        assertTrue(doc.select("code").text().contains("[@vaswani2017]"));
        assertEquals(List.of(ATTENTION, LAMB), body.citations());
        assertEquals(List.of(), body.errors());
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsPlaceWithTheNearestKey() {
        RenderedMarkdown body = renderer.render("Intro.\n\nAs shown [@vaswani2071], twice.\n", 5);
        assertEquals(List.of(new MarkdownError(7, 10, "no paper has the key or slug 'vaswani2071' (cited as "
                + "[@vaswani2071]) (did you mean 'vaswani2017'?)")), body.errors());
    }

    private static List<ContentsEntry> flatten(List<ContentsEntry> entries) {
        List<ContentsEntry> all = new ArrayList<>();
        for (ContentsEntry entry : entries) {
            all.add(entry);
            all.addAll(flatten(entry.children()));
        }
        return all;
    }
}
