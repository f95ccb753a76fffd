package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.math.TexToMathMl.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TexToMathMlErrorsTest {

    private final TexToMathMl converter = new TexToMathMl();

    private MathResult.Failed failure(String tex, Display display) {
        return assertInstanceOf(MathResult.Failed.class, converter.convert(tex, display), tex);
    }

    @Test
    void unknownCommandIsNamedWithItsOffset() {
        MathResult.Failed failed = failure("a + \\foo{b}", Display.INLINE);
        assertEquals("unknown command \\foo", failed.message());
        assertEquals(4, failed.offset());
    }

    @Test
    void missingEndNamesTheEnvironmentAtItsBegin() {
        MathResult.Failed failed = failure("x = \\begin{aligned} a &= b \\\\ c &= d", Display.BLOCK);
        assertEquals("missing \\end{aligned}", failed.message());
        assertEquals(4, failed.offset());
    }

    @Test
    void mismatchedEndIsReported() {
        assertEquals("\\end{matrix} does not match \\begin{pmatrix}",
                failure("\\begin{pmatrix} a \\end{matrix}", Display.BLOCK).message());
    }

    @Test
    void unbalancedBracesPointAtTheLoneBrace() {
        MathResult.Failed open = failure("\\frac{a}{b", Display.INLINE);
        assertTrue(open.message().startsWith("unbalanced braces"), open.message());
        assertEquals(8, open.offset());
        MathResult.Failed close = failure("a}b", Display.INLINE);
        assertTrue(close.message().startsWith("unbalanced braces"), close.message());
        assertEquals(1, close.offset());
    }

    @Test
    void leftWithoutRightAndDoubleScriptsAreErrors() {
        assertEquals("missing \\right after \\left", failure("\\left( x", Display.INLINE).message());
        assertTrue(failure("x^2^3", Display.INLINE).message().startsWith("double superscript"));
        assertTrue(failure("x_1_2", Display.INLINE).message().startsWith("double subscript"));
    }

    @Test
    void displayOnlyEnvironmentsAreRefusedInRunningText() {
        assertTrue(failure("\\begin{align} a \\end{align}", Display.INLINE).message().contains("display math"));
    }

    @Test
    void aColorThatIsNotACssColorNameOrHexIsAnErrorNamingIt() {
        MathResult.Failed misspelt = failure("a + \\color{gren}{b}", Display.INLINE);
        assertEquals("unknown color \"gren\" in \\color: use a CSS color name such as red or a hex value such as"
                + " #1f77b4", misspelt.message());
        assertEquals(10, misspelt.offset());
        assertTrue(failure("\\textcolor{rgb(1,2,3)}{x}", Display.INLINE).message()
                .startsWith("unknown color \"rgb(1,2,3)\" in \\textcolor"));
        assertTrue(failure("\\textcolor{#12}{x}", Display.INLINE).message().startsWith("unknown color \"#12\""));
        assertInstanceOf(MathResult.Rendered.class, converter.convert("\\color{RebeccaPurple} x", Display.INLINE));
        assertInstanceOf(MathResult.Rendered.class, converter.convert("\\textcolor{#1F77b4cc}{x}", Display.INLINE));
    }

    @Test
    void anExtensibleArrowWithoutItsLabelIsAnError() {
        assertEquals("missing the label of \\xrightarrow", failure("a \\xrightarrow", Display.INLINE).message());
        assertEquals("missing ] after [", failure("a \\xleftarrow[b {c}", Display.INLINE).message());
    }

    @Test
    @Timeout(5)
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "{".repeat(5000) + "x" + "}".repeat(5000);
        assertEquals("nested more than 100 levels deep", failure(deep, Display.INLINE).message());
        String accents = "\\hat".repeat(3000) + "x";
        assertTrue(failure(accents, Display.INLINE).message().startsWith("nested more than"));
    }

    @Test
    void outputHasNoStyleAttributesAndCarriesTheSource() {
        MathResult.Rendered rendered = assertInstanceOf(MathResult.Rendered.class, converter.convert(
                "\\begin{cases} x & \\text{if } x > 0 \\\\ 0 & \\text{else} \\end{cases}", Display.BLOCK));
        assertFalse(rendered.mathMl().contains(" style="), rendered.mathMl());
        assertTrue(rendered.mathMl().startsWith("<math display=\"block\"><semantics>"), rendered.mathMl());
        assertTrue(rendered.mathMl().contains("<annotation encoding=\"application/x-tex\">\\begin{cases} x &amp; "),
                rendered.mathMl());
        assertTrue(rendered.mathMl().contains("<mtd class=\"math-left\">"), rendered.mathMl());
    }

    @Test
    void titleMathKeepsDollarsOfPricesOut() {
        MathResult.Rendered k = assertInstanceOf(MathResult.Rendered.class, converter.convert("k", Display.INLINE));
        assertEquals("<math><semantics><mrow><mi>k</mi></mrow><annotation encoding=\"application/x-tex\">k"
                + "</annotation></semantics></math>", k.mathMl());
    }
}
