package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TexToTextTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # simple math becomes Unicode text
            Fast $k$-means in $O(n^2 d)$ time   | Fast k-means in O(n²d) time
            $\\ell_1$ and $\\alpha$-divergence | ℓ₁ and α-divergence
            $x \\in ℝ$                         | x∈ℝ
            # Hugo Blox's sample post: "a Markdown extension for $\\LaTeX$ math"
            an extension for $\\LaTeX$ math    | an extension for LaTeX math
            # what text cannot show keeps its LaTeX, and dollars that are not math stay
            A $\\frac{1}{2}$-approximation     | A $\\frac{1}{2}$-approximation
            costs $5 and $10                   | costs $5 and $10
            a $x_{ij}$ index                   | a $x_{ij}$ index
            Price \\$3                         | Price $3
            """)
    void titleMathBecomesUnicodeTextWhereTextCanShowIt(String title, String text) {
        assertEquals(text, TexToText.of(title));
    }

    @Test
    void formulasAreFoundByTheMarkdownRules() {
        assertEquals(List.of(new MathInText.Part.Text("Fast "), new MathInText.Part.Formula("k", 6),
                new MathInText.Part.Text("-means, $ 5")), MathInText.parts("Fast $k$-means, $ 5"));
        assertEquals(List.of(new MathInText.Part.Formula("x", 2)), MathInText.parts("\\(x\\)"));
    }
}
