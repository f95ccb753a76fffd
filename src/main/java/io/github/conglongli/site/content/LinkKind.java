package io.github.conglongli.site.content;

import java.util.Locale;

/** The links a publication may carry, in the order they are shown. */
public enum LinkKind {
    PDF("PDF"),
    CODE("Code"),
    SLIDES("Slides"),
    VIDEO("Video"),
    POSTER("Poster"),
    PROJECT("Project"),
    BLOG("Blog"),
    WEBSITE("Website");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
