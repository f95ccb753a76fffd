package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.conglongli.site.content.math.TexToMathMl.Display;
import java.io.StringReader;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * Fuzzes the converter with formulas strung together from TeX's own pieces (commands that take
 * arguments, optional arguments, environments, \tag and \color inside them, stray braces and
 * delimiters), so the fuzzer reaches the parser's states rather than its first error. Every
 * formula either fails with an offset inside it, or becomes well-formed MathML without a style
 * attribute; nothing is thrown, on a thread with the shipped 256 KB stack.
 */
class TexToMathMlFuzzTest {

    private static final TexToMathMl CONVERTER = new TexToMathMl();
    /** The Dockerfile's -Xss256k. */
    private static final long SHIPPED_STACK = 256 * 1024;

    private static final String[] PIECES = {
        "x", "2", "3.14", "+", "=", "-", "'", "^", "_", "{", "}", "{", "}", "[", "]", "(", ")", "&", "\\\\", " ",
        "$", "%", "~", "|", "\\frac", "\\sqrt", "\\sqrt[3]", "\\text{", "\\tag{", "\\tag*{", "\\label{a}",
        "\\nonumber", "\\notag", "\\color{red}", "\\color{#1f77b4}", "\\color{nope}", "\\textcolor{blue}",
        "\\textcolor{", "\\boxed", "\\fbox{", "\\xrightarrow", "\\xleftarrow[", "\\xRightarrow", "\\xLeftarrow",
        "\\xleftrightarrow", "\\left(", "\\right)", "\\middle|", "\\begin{aligned}", "\\end{aligned}",
        "\\begin{align}", "\\end{align}", "\\begin{gather}", "\\end{gather}", "\\begin{pmatrix}",
        "\\end{pmatrix}", "\\begin{cases}", "\\end{cases}", "\\begin{equation}", "\\end{equation}", "\\sum",
        "\\limits", "\\int", "\\mathbf", "\\mathbb", "\\hat", "\\overline", "\\underbrace", "\\overset",
        "\\operatorname*{", "\\displaystyle", "\\big(", "\\not", "\\alpha", "\\foo"};

    @FuzzTest(maxDuration = "5s")
    void aFormulaFailsAtAnOffsetInsideItOrBecomesWellFormedMathMl(FuzzedDataProvider data)
            throws InterruptedException {
        Display display = data.consumeBoolean() ? Display.BLOCK : Display.INLINE;
        StringBuilder tex = new StringBuilder();
        int pieces = data.consumeInt(1, 60);
        for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
            tex.append(data.pickValue(PIECES));
        }
        String formula = tex.toString();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<MathResult> result = new AtomicReference<>();
        Thread convert = new Thread(null, () -> {
            try {
                result.set(CONVERTER.convert(formula, display));
            } catch (Throwable e) { // NOPMD: whatever it is, the converter let it out
                failure.set(e);
            }
        }, "convert", SHIPPED_STACK);
        convert.start();
        convert.join();
        assertEquals(null, failure.get(), () -> "the converter threw on " + formula);
        if (result.get() instanceof MathResult.Failed failed) {
            assertTrue(failed.offset() >= 0 && failed.offset() <= formula.length(), () -> failed + " for " + formula);
        } else if (result.get() instanceof MathResult.Rendered rendered) {
            assertFalse(rendered.mathMl().contains(" style="), rendered::mathMl);
            try {
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(rendered.mathMl())));
            } catch (Exception e) { // NOPMD: any parser failure means the MathML is broken
                throw new AssertionError("not well-formed MathML for " + formula + ": " + rendered.mathMl(), e);
            }
        }
    }
}
