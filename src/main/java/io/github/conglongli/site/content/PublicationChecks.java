package io.github.conglongli.site.content;

import io.github.conglongli.site.content.math.MathInText;
import io.github.conglongli.site.content.math.MathResult;
import io.github.conglongli.site.content.math.TexToMathMl;
import io.github.conglongli.site.content.source.ContentError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What only the whole list of publications can tell (two papers at one address or under one
 * key), and the LaTeX in titles and abstracts, which pages render as MathML.
 */
final class PublicationChecks {

    private PublicationChecks() {}

    static List<ContentError> duplicates(List<Publication> publications) {
        List<ContentError> errors = new ArrayList<>();
        Map<String, Publication> slugs = new HashMap<>();
        Map<String, Publication> keys = new HashMap<>();
        for (Publication p : publications) {
            Publication first = slugs.putIfAbsent(p.slug(), p);
            if (first != null) {
                errors.add(error(p, "slug '" + p.slug() + "' is already used by the publication at "
                        + first.source().where(p.source()) + "; give one of them its own 'slug:'"));
            }
            Publication sameKey = p.bibtexKey().map(key -> keys.putIfAbsent(key, p)).orElse(null);
            if (sameKey != null) {
                errors.add(error(p, "BibTeX key '" + p.bibtexKey().get() + "' is already used by the publication at "
                        + sameKey.source().where(p.source()) + "; each paper needs its own key"));
            }
        }
        return errors;
    }

    /** Formulas in titles and abstracts that are not valid LaTeX, at the paper's entry. */
    static List<ContentError> math(List<Publication> publications) {
        TexToMathMl converter = new TexToMathMl();
        List<ContentError> errors = new ArrayList<>();
        for (Publication p : publications) {
            checkMath(converter, p, "title", p.title(), errors);
            p.abstractText().ifPresent(text -> checkMath(converter, p, "abstract", text, errors));
        }
        return errors;
    }

    private static void checkMath(TexToMathMl converter, Publication p, String field, String text,
            List<ContentError> errors) {
        for (MathInText.Part part : MathInText.parts(text)) {
            if (part instanceof MathInText.Part.Formula formula
                    && converter.convert(formula.tex(), TexToMathMl.Display.INLINE) instanceof MathResult.Failed f) {
                errors.add(error(p, field + ": " + f.message() + " in $" + formula.tex() + "$"));
            }
        }
    }

    private static ContentError error(Publication p, String message) {
        return new ContentError(p.source().file(), p.source().line(), p.source().column(), message);
    }
}
