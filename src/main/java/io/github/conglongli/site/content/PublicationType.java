package io.github.conglongli.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kind of venue a paper appeared in; the YAML uses the lower-case key. */
public enum PublicationType {
    CONFERENCE("Conference"),
    JOURNAL("Journal"),
    WORKSHOP("Workshop"),
    PREPRINT("Preprint");

    private final String label;

    PublicationType(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(PublicationType::key).toList();
    }

    static PublicationType fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
