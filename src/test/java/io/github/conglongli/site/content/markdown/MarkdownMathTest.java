package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarkdownMathTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(Set.of());

    private static int count(String html, String part) {
        return html.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void theLogosAreText() {
        // Hugo Blox's sample post, imported: "a Markdown extension for $\LaTeX$ math"
        RenderedMarkdown page = renderer.render("A Markdown extension for $\\LaTeX$ math, and $\\TeX$.\n", 1);
        assertEquals(List.of(), page.errors());
        assertTrue(page.html().contains("<mtext>LaTeX</mtext>"), page.html());
        assertTrue(page.html().contains("<mtext>TeX</mtext>"), page.html());
    }

    @Test
    void inlineAndDisplayMathBecomeMathMlThroughTheSanitizer() {
        RenderedMarkdown page = renderer.render("""
                Attention costs $O(n^2 d)$ and \\(k\\)-means is old.

                $$
                \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V
                $$

                \\[ a = b \\]

                \\begin{aligned}
                f(x) &= (x+1)^2 \\\\
                     &= x^2 + 2x + 1
                \\end{aligned}
                """, 1);
        String html = page.html();
        assertEquals(List.of(), page.errors());
        assertEquals(List.of(), page.removals());
        assertEquals(5, count(html, "<math"), html);
        assertEquals(3, count(html, "<math display=\"block\">"), html);
        assertTrue(html.contains("<msup><mi>n</mi><mn>2</mn></msup>"), html);
        assertTrue(html.contains("<mfrac><mrow><mi>Q</mi><msup><mi>K</mi><mi mathvariant=\"normal\">⊤</mi></msup>"
                + "</mrow><msqrt><msub><mi>d</mi><mi>k</mi></msub></msqrt></mfrac>"), html);
        assertTrue(html.contains("<mtable class=\"math-aligned\"><mtr><mtd class=\"math-right\">"), html);
        assertTrue(html.contains("<annotation encoding=\"application/x-tex\">O(n^2 d)</annotation>"), html);
        assertFalse(html.contains("$"), html);
        assertFalse(html.contains(" style="), html);
    }

    @Test
    void colorsBoxesLabelledArrowsAndTagsPassTheSanitizerIntact() {
        RenderedMarkdown page = renderer.render("""
                Keep $\\textcolor{#1f77b4}{x}$ and $\\color{red} y$ and $\\boxed{z}$ and $A \\xrightarrow[n]{f} B$.

                $$
                E = mc^2 \\tag{1.3}
                $$
                """, 1);
        String html = page.html();
        assertEquals(List.of(), page.errors());
        assertEquals(List.of(), page.removals());
        assertTrue(html.contains("<mstyle mathcolor=\"#1f77b4\"><mi>x</mi></mstyle>"), html);
        assertTrue(html.contains("<mstyle mathcolor=\"red\"><mi>y</mi></mstyle>"), html);
        assertTrue(html.contains("<menclose notation=\"box\">"), html);
        assertTrue(html.contains("<munderover><mo stretchy=\"true\" minsize=\"3.0em\">→</mo>"
                + "<mpadded class=\"math-arrow-label\"><mi>n</mi></mpadded>"), html);
        assertTrue(html.contains("<mtable class=\"math-tagged\"><mtr><mtd class=\"math-tag-glue\"></mtd>"), html);
        assertTrue(html.contains("<mtd class=\"math-tag\"><mtext>(1.3)</mtext></mtd>"), html);
    }

    @Test
    void dollarsThatAreNotMathStayDollars() {
        String html = renderer.render("""
                It costs $5 and $10, or \\$20 with $ spaces $, and `$x$` is code.

                ```
                $$ y $$
                ```
                """, 1).html();
        assertFalse(html.contains("<math"), html);
        assertTrue(html.contains("It costs $5 and $10, or $20 with $ spaces $, and <code>$x$</code> is code."), html);
        assertTrue(html.contains("<code>$$ y $$\n</code></pre>"), html);
    }

    @Test
    void latexErrorsAreReportedAtTheirLineAndColumnInTheFile() {
        RenderedMarkdown page = renderer.render("""
                Fine $x$ here, then $a + \\foo{b}$.

                $$
                \\begin{aligned} a &= b
                $$
                """, 5);
        assertEquals(List.of(
                new MarkdownError(5, 26, "unknown command \\foo"),
                new MarkdownError(8, 1, "missing \\end{aligned}")), page.errors());
        // the page still reads: the formula shows as written
        assertTrue(page.html().contains("then $a &#43; \\foo{b}$."), page.html());
    }

    @Test
    void plainTextAndDescriptionShowTheLatexNotTheMathMlLetters() {
        RenderedMarkdown page = renderer.render("We cluster with $k$-means in $O(n^2 d)$ time.", 1);
        assertEquals(Optional.of("We cluster with $k$-means in $O(n^2 d)$ time."), page.firstParagraph());
    }
}
