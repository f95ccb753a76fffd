package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(Set.of());

    private RenderedMarkdown renderFile(String text) {
        FrontMatterSplit split = FrontMatter.split("content/posts/2025-01-02-hello.md", text);
        return renderer.render(assertInstanceOf(FrontMatterSplit.Found.class, split).frontMatter());
    }

    @Test
    void pageFromTheBriefRendersWithItsRawHtmlKeptWhereHtmlAllowsIt() {
        RenderedMarkdown page = renderFile("""
                ---
                title: Teaching
                description: Courses I teach
                nav: 3
                ---
                # Heading
                Some **text** with a | table | and <details><summary>raw html</summary>ok</details>
                """);
        // a <details> cannot sit inside a <p>: the paragraph ends before it, as in a browser
        assertEquals("""
                <h1 id="heading">Heading</h1>
                <p>Some <strong>text</strong> with a | table | and </p><details><summary>raw html</summary>ok</details>
                """, page.html());
        assertEquals(List.of(), page.removals());
    }

    @Test
    void tablesRenderAsTablesWithTheirAlignment() {
        String html = renderer.render("""
                | Course | Term | Students |
                |:-------|:----:|---------:|
                | NLP    | 2025 | 120      |
                """, 1).html();
        // the sanitizer drops the line breaks between table parts, where text has no place
        assertEquals("<table><thead><tr><th align=\"left\">Course</th><th align=\"center\">Term</th>"
                + "<th align=\"right\">Students</th></tr></thead><tbody><tr><td align=\"left\">NLP</td>"
                + "<td align=\"center\">2025</td><td align=\"right\">120</td></tr></tbody></table>\n", html);
    }

    @Test
    void headingsGetUniqueIdsThatInPageLinksCanUse() {
        String html = renderer.render("""
                See [the results](#results).

                ## Results
                ## Results
                ### Results
                ## 研究テーマ
                ## `code` and *emphasis*
                """, 1).html();
        assertTrue(html.contains("<a href=\"#results\">the results</a>"), html);
        assertTrue(html.contains("<h2 id=\"results\">Results" + anchor("results") + "</h2>"), html);
        assertTrue(html.contains("<h2 id=\"results-1\">Results" + anchor("results-1") + "</h2>"), html);
        assertTrue(html.contains("<h3 id=\"results-2\">Results" + anchor("results-2") + "</h3>"), html);
        assertTrue(html.contains("<h2 id=\"研究テーマ\">研究テーマ" + anchor("研究テーマ") + "</h2>"), html);
        assertTrue(html.contains("<h2 id=\"code-and-emphasis\"><code>code</code> and <em>emphasis</em>"
                + anchor("code-and-emphasis") + "</h2>"), html);
    }

    private static String anchor(String id) {
        return "<a href=\"#" + id + "\" class=\"anchor\" aria-labelledby=\"" + id + "\"></a>";
    }

    @Test
    void doubleTildesStrikeThroughButApproximateValuesStay() {
        assertEquals("<p><del>retracted</del> now takes ~5 ms, was ~10 ms</p>\n",
                renderer.render("~~retracted~~ now takes ~5 ms, was ~10 ms", 1).html());
    }

    @Test
    void bareAddressesBecomeLinks() {
        assertEquals("<p>Slides at <a href=\"https://example.org/slides\">https://example.org/slides</a>, "
                        + "<a href=\"http://www.example.com\">www.example.com</a>, <a href=\"https://example.net\">"
                        + "https://example.net</a> or <a href=\"mailto:me&#64;example.org\">me&#64;example.org</a></p>\n",
                renderer.render("Slides at https://example.org/slides, www.example.com, <https://example.net> or "
                        + "me@example.org", 1).html());
    }

    @Test
    void codeBlocksKeepTheirLanguageClass() {
        assertEquals("<pre class=\"code\" tabindex=\"0\"><code class=\"language-python\"><span class=\"tok-builtin\">"
                + "print</span>(<span class=\"tok-string\">&#34;&lt;script&gt;&#34;</span>)\n</code></pre>\n",
                renderer.render("```python\nprint(\"<script>\")\n```", 1).html());
    }

    @Test
    void imagesAndFiguresRender() {
        String html = renderer.render("""
                <figure>

                ![Architecture](/img/arch.png "Figure 1")

                <figcaption>Our model</figcaption>
                </figure>
                """, 1).html();
        assertTrue(html.contains("<img src=\"/img/arch.png\" alt=\"Architecture\" title=\"Figure 1\" />"), html);
        assertTrue(html.contains("<figcaption>Our model</figcaption>"), html);
    }

    @Test
    void sameInputGivesTheSameBytes() {
        String markdown = """
                # Notes
                | a | b |
                |---|---|
                | 1 | <span lang="ja">二</span> |

                <iframe src="https://www.youtube-nocookie.com/embed/x" allowfullscreen></iframe>
                <div style="color:red" onclick="x()">text</div>
                """;
        MarkdownRenderer shared = new MarkdownRenderer(Set.of(InertHtml.EMBED_HOST));
        RenderedMarkdown first = shared.render(markdown, 1);
        // heading ids restart with each page: the second render must not see the first one's "notes"
        assertEquals(first, shared.render(markdown, 1));
        assertEquals(first, new MarkdownRenderer(Set.of(InertHtml.EMBED_HOST)).render(markdown, 1));
        assertTrue(first.html().startsWith("<h1 id=\"notes\">Notes</h1>"), first.html());
    }

    @Test
    void plainTextHasOneBlockALineAndNoMarkup() {
        RenderedMarkdown page = renderer.render("""
                # A *title*

                First paragraph with a [link](https://example.org), `code`
                and a second line.

                - one
                - two<br>three

                | a | b |
                |---|---|
                | c | d |
                """, 1);
        assertEquals("A title\nFirst paragraph with a link, code and a second line.\none\ntwo\nthree\na\nb\nc\nd",
                page.plainText());
        assertEquals(19, page.words().words());
    }

    @Test
    void firstParagraphSkipsHeadingsAndEmptyParagraphs() {
        RenderedMarkdown page = renderer.render("""
                # Title

                ![only a picture](/img/a.png)

                > A quotation is not the description.

                This **is** the description,
                over two lines.

                Not this.
                """, 1);
        assertEquals(Optional.of("This is the description, over two lines."), page.firstParagraph());
        assertEquals(Optional.empty(), renderer.render("# Only a heading", 1).firstParagraph());
    }

    @Test
    void scriptTextNeverReachesThePlainText() {
        RenderedMarkdown page = renderer.render("Before <script>var secret = 1;</script> after.", 1);
        assertEquals("Before after.", page.plainText());
        assertFalse(page.html().contains("secret"), page.html());
    }

    @Test
    void wordCountsCoverEnglishAndJapanesePages() {
        assertEquals(new WordCount(6, 0), renderer.render("# Hello\n\nThe **quick** brown fox jumps.", 1).words());
        RenderedMarkdown japanese = renderer.render("# 研究\n\n大規模言語モデルの研究をしています。", 1);
        assertEquals(new WordCount(0, 19), japanese.words());
        assertEquals(1, japanese.words().readingMinutes());
    }

    @Test
    void localLinksAndImagesAreListedWithTheirPlaceInTheFile() {
        RenderedMarkdown page = renderFile("""
                ---
                title: Hello
                ---
                Read [the paper](/papers/x.pdf#page=2) or [the other](/papers/my%20paper.pdf?v=1).

                ![Figure](/img/a.png) and [external](https://example.org) and [relative](notes.html)
                and [protocol-relative](//cdn.example/x.js) and [here](#top).

                [![thumb](/img/thumb.png)](/img/full.png)

                <img src="/img/raw.png" alt="raw"> <a href="/cv.pdf">CV</a>

                See [the slides][slides].

                [slides]: /talks/slides.pdf
                """);
        assertEquals(List.of(
                new LocalReference("/papers/x.pdf", 4, 6),
                new LocalReference("/papers/my paper.pdf", 4, 43),
                new LocalReference("/img/a.png", 6, 1),
                new LocalReference("/img/full.png", 9, 1),
                new LocalReference("/img/thumb.png", 9, 2),
                new LocalReference("/img/raw.png", 11, 1),
                new LocalReference("/cv.pdf", 11, 36),
                new LocalReference("/talks/slides.pdf", 13, 5)), page.references());
    }
}
