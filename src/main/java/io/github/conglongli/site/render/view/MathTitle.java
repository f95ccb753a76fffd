package io.github.conglongli.site.render.view;

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
        StringBuilder html = new StringBuilder(title.length() + 16);
        for (MathInText.Part part : MathInText.parts(title)) {
            if (part instanceof MathInText.Part.Text text) {
                escape(text.text(), html);
            } else if (part instanceof MathInText.Part.Formula formula) {
                MathResult result = CONVERTER.convert(formula.tex(), TexToMathMl.Display.INLINE);
                if (result instanceof MathResult.Rendered rendered) {
                    html.append(rendered.mathMl());
                } else {
                    escape("$" + formula.tex() + "$", html);
                }
            }
        }
        return new Markup(html.toString());
    }

    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
