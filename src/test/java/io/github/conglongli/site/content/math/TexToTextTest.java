package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TexToTextTest {

    @Test
    void simpleTitleMathBecomesUnicodeText() {
        assertEquals("Fast k-means in O(n²d) time", TexToText.of("Fast $k$-means in $O(n^2 d)$ time"));
        assertEquals("ℓ₁ and α-divergence", TexToText.of("$\\ell_1$ and $\\alpha$-divergence"));
        assertEquals("x∈ℝ", TexToText.of("$x \\in ℝ$"));
        // Hugo Blox's sample post: "a Markdown extension for $\LaTeX$ math"
        assertEquals("an extension for LaTeX math", TexToText.of("an extension for $\\LaTeX$ math"));
    }

    @Test
    void whatTextCannotShowKeepsItsLatexAndDollarsThatAreNotMathStay() {
        assertEquals("A $\\frac{1}{2}$-approximation", TexToText.of("A $\\frac{1}{2}$-approximation"));
        assertEquals("costs $5 and $10", TexToText.of("costs $5 and $10"));
        assertEquals("a $x_{ij}$ index", TexToText.of("a $x_{ij}$ index"));
        assertEquals("Price $3", TexToText.of("Price \\$3"));
    }

    @Test
    void formulasAreFoundByTheMarkdownRules() {
        assertEquals(List.of(new MathInText.Part.Text("Fast "), new MathInText.Part.Formula("k", 6),
                new MathInText.Part.Text("-means, $ 5")), MathInText.parts("Fast $k$-means, $ 5"));
        assertEquals(List.of(new MathInText.Part.Formula("x", 2)), MathInText.parts("\\(x\\)"));
    }
}
