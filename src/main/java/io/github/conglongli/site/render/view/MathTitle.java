package io.github.conglongli.site.render.view;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import io.github.conglongli.site.content.math.MathInText;
import io.github.conglongli.site.content.math.MathResult;
import io.github.conglongli.site.content.math.TexToMathMl;

/**
 * A title as HTML with its formulas as MathML: IEEE-style paper titles write "$k$-means" or
 * "$O(n^2 d)$". Everything else in the title is text, escaped; a formula that is not valid LaTeX
 * shows as written (the loader has already reported it).
 */
public final class MathTitle {

    private static final TexToMathMl CONVERTER = new TexToMathMl();

    private MathTitle() {}

    public static Markup of(String title) {
        StringOutput html = new StringOutput(title.length() + 16);
        for (MathInText.Part part : MathInText.parts(title)) {
            if (part instanceof MathInText.Part.Text text) {
                Escape.htmlContent(text.text(), html);
            } else if (part instanceof MathInText.Part.Formula formula) {
                MathResult result = CONVERTER.convert(formula.tex(), TexToMathMl.Display.INLINE);
                if (result instanceof MathResult.Rendered rendered) {
                    html.writeContent(rendered.mathMl());
                } else {
                    Escape.htmlContent("$" + formula.tex() + "$", html);
                }
            }
        }
        return new Markup(html.toString());
    }
}
