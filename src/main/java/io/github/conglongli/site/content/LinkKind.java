package io.github.conglongli.site.content;

import java.util.Locale;

/** The links a publication may carry, in the order they are shown. */
public enum LinkKind {
    PDF, CODE, SLIDES, VIDEO, POSTER, PROJECT, BLOG, WEBSITE;

    /** The field in {@code links:}, and the interface text's name: "link.pdf". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
