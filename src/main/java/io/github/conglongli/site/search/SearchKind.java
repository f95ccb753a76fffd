package io.github.conglongli.site.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a search result is; {@code key} is how a query names it ({@code kind:talk}) and its label's suffix. */
public enum SearchKind {
    PAPER, POST, PAGE, TALK, COURSE, PROJECT, NEWS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The interface text naming this kind, e.g. {@code search.kind.paper}. */
    public String labelKey() {
        return "search.kind." + key();
    }

    static Optional<SearchKind> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }
}
