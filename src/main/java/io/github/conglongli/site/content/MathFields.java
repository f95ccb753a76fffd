package io.github.conglongli.site.content;

import io.github.conglongli.site.content.math.MathInText;
import io.github.conglongli.site.content.math.MathResult;
import io.github.conglongli.site.content.math.TexToMathMl;
import io.github.conglongli.site.content.yaml.FieldReader;

/**
 * Checks the formulas ({@code $...$}, {@code \(...\)}) in a YAML text field that pages render
 * with math, such as a talk's abstract or a news item: invalid LaTeX is an error at the field.
 */
final class MathFields {

    private static final TexToMathMl CONVERTER = new TexToMathMl();

    private MathFields() {}

    static String checked(FieldReader f, String key, String text) {
        for (MathInText.Part part : MathInText.parts(text)) {
            if (part instanceof MathInText.Part.Formula formula
                    && CONVERTER.convert(formula.tex(), TexToMathMl.Display.INLINE) instanceof MathResult.Failed failed) {
                f.error(key, "'" + key + "': " + failed.message() + " in $" + formula.tex() + "$");
            }
        }
        return text;
    }
}
