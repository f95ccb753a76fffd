package io.github.conglongli.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kind of work a publication is; the YAML uses the lower-case key. Its name on a page comes
 * from the interface language's bundle ({@code type.KEY}, {@code publications.count.KEY}).
 */
public enum PublicationType {
    CONFERENCE,
    JOURNAL,
    WORKSHOP,
    PREPRINT,
    BOOK,
    CHAPTER,
    THESIS,
    REPORT,
    PATENT,
    SOFTWARE,
    DATASET,
    TALK,
    POSTER,
    OTHER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(PublicationType::key).toList();
    }

    static PublicationType fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
