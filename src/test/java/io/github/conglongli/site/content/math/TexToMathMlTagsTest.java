package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.conglongli.site.content.math.TexToMathMl.Display;
import org.junit.jupiter.api.Test;

/**
 * Equation labels: {@code \tag{1.3}} reads (1.3) beside its equation, as in KaTeX's MathML
 * (TexToMathMlMatchesKatexTest compares the single-equation form with KaTeX itself). Lines of
 * {@code align} and {@code gather} carry their own labels in the cell KaTeX leaves empty for its
 * CSS counter, so a tagged line reads its tag here too.
 */
class TexToMathMlTagsTest {

    private static final String GLUE = "<mtd class=\"math-tag-glue\"></mtd>";

    private final TexToMathMl converter = new TexToMathMl();

    private String mathMl(String tex) {
        return assertInstanceOf(MathResult.Rendered.class, converter.convert(tex, Display.BLOCK), tex).mathMl();
    }

    private String failure(String tex, Display display) {
        return assertInstanceOf(MathResult.Failed.class, converter.convert(tex, display), tex).message();
    }

    private static String semantics(String body, String tex) {
        return "<math display=\"block\"><semantics>" + body + "<annotation encoding=\"application/x-tex\">" + tex
                + "</annotation></semantics></math>";
    }

    @Test
    void aTaggedEquationShowsItsLabelInParenthesesAfterIt() {
        String tex = "E = mc^2 \\tag{1.3}";
        assertEquals(semantics("<mtable class=\"math-tagged\"><mtr>" + GLUE
                + "<mtd><mrow><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow></mtd>" + GLUE
                + "<mtd class=\"math-tag\"><mtext>(1.3)</mtext></mtd></mtr></mtable>", tex), mathMl(tex));
    }

    @Test
    void aStarredTagIsShownAsWrittenWithoutParentheses() {
        String tex = "x \\tag*{Eq.~A}";
        assertEquals(semantics("<mtable class=\"math-tagged\"><mtr>" + GLUE + "<mtd><mrow><mi>x</mi></mrow></mtd>"
                + GLUE + "<mtd class=\"math-tag\"><mtext>Eq.~A</mtext></mtd></mtr></mtable>", tex), mathMl(tex));
    }

    @Test
    void eachLineOfAnAlignCarriesItsOwnTagAndUntaggedLinesAnEmptyLabelCell() {
        String tex = "\\begin{align} a &= b \\tag{1} \\\\ c &= d \\end{align}";
        String cell = "<mtd class=\"math-%s\"><mstyle scriptlevel=\"0\" displaystyle=\"true\">%s</mstyle></mtd>";
        String firstLine = GLUE + cell.formatted("right", "<mi>a</mi>")
                + cell.formatted("left", "<mrow><mrow></mrow><mo>=</mo><mi>b</mi></mrow>") + GLUE
                + "<mtd class=\"math-tag\"><mtext>(1)</mtext></mtd>";
        String secondLine = GLUE + cell.formatted("right", "<mi>c</mi>")
                + cell.formatted("left", "<mrow><mrow></mrow><mo>=</mo><mi>d</mi></mrow>") + GLUE
                + "<mtd class=\"math-tag\"></mtd>";
        assertEquals(semantics("<mtable class=\"math-aligned math-tagged\"><mtr>" + firstLine + "</mtr><mtr>"
                + secondLine + "</mtr></mtable>", tex.replace("&", "&amp;")), mathMl(tex));
    }

    @Test
    void aTagInsideAlignedLabelsTheWholeEquation() {
        String html = mathMl("\\begin{aligned} a &= b \\\\ c &= d \\tag{2.1} \\end{aligned}");
        assertEquals(1, html.split("math-tag\"", -1).length - 1, html);
        assertEquals(true, html.startsWith("<math display=\"block\"><semantics><mtable class=\"math-tagged\">"), html);
        assertEquals(true, html.contains("<mtd class=\"math-tag\"><mtext>(2.1)</mtext></mtd>"), html);
    }

    @Test
    void labelNonumberAndNotagAreStillAcceptedAndNotShown() {
        String tex = "\\begin{align} a &= b \\label{eq:a} \\nonumber \\\\ c &= d \\notag \\end{align}";
        String html = mathMl(tex);
        assertEquals(false, html.contains("math-tag"), html);
        assertEquals(false, html.contains("eq:a</m"), html);
    }

    @Test
    void aTagInRunningTextOrTwiceOnOneLineIsAnError() {
        assertEquals("\\tag works only in display math ($$...$$)", failure("x \\tag{1}", Display.INLINE));
        assertEquals("a second \\tag for the same equation or line", failure("x \\tag{1} \\tag{2}", Display.BLOCK));
        assertEquals("a second \\tag for the same equation or line",
                failure("\\begin{align} a \\tag{1} \\tag{2} \\end{align}", Display.BLOCK));
    }
}
