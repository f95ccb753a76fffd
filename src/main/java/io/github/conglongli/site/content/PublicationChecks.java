package io.github.conglongli.site.content;

import io.github.conglongli.site.content.source.ContentError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What only the whole list of publications can tell: two papers at one address or under one key. */
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

    private static ContentError error(Publication p, String message) {
        return new ContentError(p.source().file(), p.source().line(), p.source().column(), message);
    }
}
