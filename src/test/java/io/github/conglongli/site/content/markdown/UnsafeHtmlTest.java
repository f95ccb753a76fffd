package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Raw HTML in pages is allowed, so each classic attack is written into a real page file here:
 * the page must come out inert ({@link InertHtml}), and the
 * owner must be told what was removed, at the line of the file where it was written.
 */
class UnsafeHtmlTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of(InertHtml.EMBED_HOST));

    /** Front matter on lines 1-3, a paragraph on 4, a blank line: the attack starts on line 6. */
    private static final String PAGE_TOP = "---\ntitle: Attack\n---\nAn honest paragraph.\n\n";

    private static final int ATTACK_LINE = 6;

    private static RenderedMarkdown renderPage(String attack) {
        FrontMatterSplit split = FrontMatter.split("content/pages/attack.md", PAGE_TOP + attack + "\n");
        return RENDERER.render(assertInstanceOf(FrontMatterSplit.Found.class, split).frontMatter());
    }

    static Stream<Arguments> attacks() {
        return Stream.of(
                Arguments.of("<script>alert(1)</script>", "removed <script> (scripts are not allowed in pages)"),
                Arguments.of("Hi <script>alert(1)</script> there", "removed <script>"),
                Arguments.of("<img src=x onerror=alert(1)>", "removed attribute 'onerror' from <img>"),
                Arguments.of("<a href=\"javascript:alert(1)\">x</a>",
                        "removed attribute 'href' from <a>: 'javascript:alert(1)' is refused"),
                Arguments.of("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "removed attribute 'href' from <a>"),
                Arguments.of("<a href=\"&#106;avascript:alert(1)\">x</a>", "'javascript:alert(1)' is refused"),
                Arguments.of("<a href=\"javascript&colon;alert(1)\">x</a>", "'javascript:alert(1)' is refused"),
                Arguments.of("<a href=\" java\tscript:alert(1)\">x</a>", "removed attribute 'href' from <a>"),
                Arguments.of("<iframe src=\"https://evil.example/\"></iframe>",
                        "removed <iframe> from evil.example: add the host to 'embeds' in site.yaml to allow it"),
                Arguments.of("<iframe src=\"https://www.youtube-nocookie.com@evil.example/\"></iframe>",
                        "removed <iframe> from evil.example"),
                Arguments.of("<iframe src=\"http://www.youtube-nocookie.com/embed/x\"></iframe>",
                        "removed <iframe> with src 'http://www.youtube-nocookie.com/embed/x': embeds must load "
                                + "over https"),
                Arguments.of("<iframe src=\"javascript:alert(1)\"></iframe>",
                        "removed <iframe> with src 'javascript:alert(1)'"),
                Arguments.of("<iframe src=\"https://www.youtube-nocookie.com/embed/x\" srcdoc=\"<script>alert(1)"
                        + "</script>\"></iframe>", "removed attribute 'srcdoc' from <iframe>"),
                Arguments.of("<svg onload=alert(1)>", "removed <svg> (inline SVG and MathML are not allowed"),
                Arguments.of("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "removed <svg>"),
                // MathML is allowed (formulas are MathML); the mutation-XSS pieces inside it are not
                Arguments.of("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "removed <style>"),
                Arguments.of("<style>body { display: none }</style>",
                        "removed <style> (styles belong in the site's stylesheet, not in pages)"),
                Arguments.of("<div style=\"background:url(javascript:alert(1))\">x</div>",
                        "removed attribute 'style' from <div> (inline styles are not allowed"),
                Arguments.of("<form action=\"https://evil.example/steal\"><input name=password></form>",
                        "removed <form> (forms are not allowed in pages)"),
                Arguments.of("<button formaction=\"javascript:alert(1)\">x</button>", "removed <button>"),
                Arguments.of("<object data=\"evil.swf\"></object>", "removed <object> (plugins are not allowed"),
                Arguments.of("<embed src=\"evil.swf\">", "removed <embed> (plugins are not allowed"),
                Arguments.of("<base href=\"https://evil.example/\">", "removed <base>"),
                Arguments.of("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "removed <meta>"),
                Arguments.of("<link rel=stylesheet href=\"https://evil.example/x.css\">", "removed <link>"),
                Arguments.of("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
                        "removed attribute 'href' from <a>: 'data:text/html;base64,"),
                Arguments.of("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                        "removed attribute 'src' from <img>: 'data:image/svg+xml,"),
                Arguments.of("<a href=\"vbscript:msgbox(1)\">x</a>", "'vbscript:msgbox(1)' is refused"),
                Arguments.of("[click me](javascript:alert(1))",
                        "removed link to 'javascript:alert(1)' (only http, https and mailto addresses and paths "
                                + "are allowed); its text is kept"),
                Arguments.of("[click me](<javascript:alert(1)>)", "removed link to 'javascript:alert(1)'"),
                Arguments.of("![pic](javascript:alert(1))", "removed image 'javascript:alert(1)'"),
                Arguments.of("<javascript:alert(1)>", "removed link to 'javascript:alert(1)'"),
                Arguments.of("[x][evil]\n\n[evil]: javascript:alert(1)", "removed link to 'javascript:alert(1)'"),
                Arguments.of("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                        "removed <noscript>"),
                Arguments.of("<p onclick=\"alert(1)\">unclosed paragraph", "removed attribute 'onclick' from <p>"),
                Arguments.of("<div><script>alert(1)", "removed <script>"),
                Arguments.of("<a href=\"/ok\" onmouseover=\"alert(1)\">x</a>",
                        "removed attribute 'onmouseover' from <a> (event handlers run scripts"),
                Arguments.of("<textarea><script>alert(1)</script></textarea>", "removed <textarea>"),
                Arguments.of("<marquee onstart=alert(1)>x</marquee>", "removed <marquee> (not an element pages may use)"));
    }

    @ParameterizedTest
    @MethodSource("attacks")
    void attackIsRemovedAndReportedAtItsLine(String attack, String expectedMessage) {
        RenderedMarkdown page = renderPage(attack);
        InertHtml.assertInert(page.html());
        assertTrue(page.removals().stream().anyMatch(r -> r.line() == ATTACK_LINE && r.message().contains(expectedMessage)),
                "expected '" + expectedMessage + "' at line " + ATTACK_LINE + ", got " + page.removals());
        assertTrue(page.plainText().startsWith("An honest paragraph."), page.plainText());
    }

    @Test
    void attackInsideALongerHtmlBlockIsReportedAtItsOwnLineAndColumn() {
        RenderedMarkdown page = renderPage("""
                <table>
                  <tr>
                    <td>fine</td>
                    <td onclick="alert(1)">bad</td>
                  </tr>
                </table>""");
        InertHtml.assertInert(page.html());
        assertEquals(List.of(new Removal(ATTACK_LINE + 3, 5,
                "removed attribute 'onclick' from <td> (event handlers run scripts, which are not allowed in pages)")),
                page.removals());
    }

    @Test
    void attackInABlockquoteIsReportedAtItsColumnInTheFile() {
        RenderedMarkdown page = renderPage("> quoted\n>\n> <div onclick=\"alert(1)\">\n> text\n> </div>");
        assertEquals(List.of(new Removal(ATTACK_LINE + 2, 3,
                "removed attribute 'onclick' from <div> (event handlers run scripts, which are not allowed in pages)")),
                page.removals());
    }

    @Test
    void inlineTagSpanningLinesIsReportedWhereItStarts() {
        RenderedMarkdown page = renderPage("Some <span\n  onclick=\"alert(1)\">text</span> here.");
        InertHtml.assertInert(page.html());
        assertEquals(ATTACK_LINE, page.removals().get(0).line());
        assertEquals(6, page.removals().get(0).column());
    }

    @Test
    void eachAttackOnItsOwnLineIsReportedOnThatLine() {
        RenderedMarkdown page = renderPage("""
                First <b onclick="a()">bold</b>.

                <script>alert(1)</script>

                Then [bad](javascript:x) and <i onmouseover="b()">italic</i>.
                """);
        InertHtml.assertInert(page.html());
        assertEquals(List.of(ATTACK_LINE, ATTACK_LINE + 2, ATTACK_LINE + 4, ATTACK_LINE + 4),
                page.removals().stream().map(Removal::line).toList(), page.removals().toString());
        assertEquals(List.of(7, 1, 6, 30), page.removals().stream().map(Removal::column).toList());
    }

    @Test
    void commentHidingAScriptHidesItForGood() {
        RenderedMarkdown page = renderPage("<!-- <script>alert(1)</script> -->\n\n<!--><script>alert(2)</script>-->");
        InertHtml.assertInert(page.html());
        assertFalse(page.html().contains("alert"), page.html());
        // comments are the owner's notes and are dropped without a word; nothing in them ever ran
        assertEquals(List.of(), page.removals());
    }

    @Test
    void unclosedTagsAreClosedAndTheirAttacksStillRemoved() {
        RenderedMarkdown page = renderPage("<div><b onclick=\"alert(1)\">bold\n\nNext paragraph.");
        InertHtml.assertInert(page.html());
        assertEquals("removed attribute 'onclick' from <b> (event handlers run scripts, which are not allowed in pages)",
                page.removals().get(0).message());
        assertTrue(page.html().endsWith("</b></div>"), page.html());
    }

    @Test
    void detailsAndSummaryPassAsWritten() {
        RenderedMarkdown page = renderPage("<details open><summary>Abstract</summary>We show that...</details>");
        assertTrue(page.html().contains(
                "<details open=\"open\"><summary>Abstract</summary>We show that...</details>"), page.html());
        assertEquals(List.of(), page.removals());
    }

    @Test
    void iframeFromAnEmbedHostPassesWithItsAllowedAttributes() {
        RenderedMarkdown page = renderPage("<iframe width=\"560\" height=\"315\" "
                + "src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Talk\" "
                + "allow=\"encrypted-media; picture-in-picture\" referrerpolicy=\"strict-origin-when-cross-origin\" "
                + "loading=\"lazy\" allowfullscreen></iframe>");
        assertTrue(page.html().contains("<iframe width=\"560\" height=\"315\" "
                + "src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Talk\" "
                + "allow=\"encrypted-media; picture-in-picture\" referrerpolicy=\"strict-origin-when-cross-origin\" "
                + "loading=\"lazy\" allowfullscreen=\"allowfullscreen\"></iframe>"), page.html());
        assertEquals(List.of(), page.removals());
    }

    @Test
    void iframeHostsAreComparedWithoutCaseAndOnlyWhole() {
        MarkdownRenderer renderer = new MarkdownRenderer(Set.of("WWW.YouTube-NoCookie.com"));
        assertTrue(renderer.render("<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>", 1)
                .html().contains("<iframe"));
        assertTrue(renderer.render("<iframe src=\"https://wwW.YOUTUBE-nocookie.com/embed/x\"></iframe>", 1)
                .html().contains("<iframe"));
        RenderedMarkdown lookalike = renderer.render(
                "<iframe src=\"https://www.youtube-nocookie.com.evil.example/x\"></iframe>", 1);
        assertFalse(lookalike.html().contains("<iframe"), lookalike.html());
        assertEquals("removed <iframe> from www.youtube-nocookie.com.evil.example: add the host to 'embeds' in "
                + "site.yaml to allow it", lookalike.removals().get(0).message());
    }

    @Test
    void noIframeIsAllowedWhenTheSiteListsNoEmbeds() {
        RenderedMarkdown page = new MarkdownRenderer(Set.of())
                .render("<iframe src=\"https://www.youtube-nocookie.com/embed/x\"></iframe>", 1);
        assertFalse(page.html().contains("<iframe"), page.html());
        assertEquals(List.of(new Removal(1, 1, "removed <iframe> from www.youtube-nocookie.com: add the host to "
                + "'embeds' in site.yaml to allow it")), page.removals());
    }

    @Test
    void linksKeepTheOwnersRelAndGainNoNofollow() {
        RenderedMarkdown page = renderPage("[mine](https://scholar.example/me) <a href=\"https://mastodon.example/@me\" "
                + "rel=\"me\">Mastodon</a> <a href=\"https://x.example\" target=\"_blank\">new tab</a>");
        assertFalse(page.html().contains("nofollow"), page.html());
        assertTrue(page.html().contains("<a href=\"https://scholar.example/me\">mine</a>"), page.html());
        assertTrue(page.html().contains("rel=\"me\""), page.html());
        // a page opened in a new tab must not be able to navigate this one
        assertTrue(page.html().contains("target=\"_blank\" rel=\"noopener noreferrer\""), page.html());
    }
}
