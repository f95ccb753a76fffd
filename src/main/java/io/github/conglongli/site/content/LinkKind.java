package io.github.conglongli.site.content;

import java.util.Locale;

/**
 * The links a publication may carry, in the order they are shown. The last ones are al-folio's:
 * a supplement, the publisher's HTML page, and plain links to the Altmetric, Dimensions and
 * INSPIRE pages of the paper (no third-party badge scripts).
 */
public enum LinkKind {
    PDF, CODE, SLIDES, VIDEO, POSTER, SUPP, HTML, PROJECT, BLOG, WEBSITE, ALTMETRIC, DIMENSIONS, INSPIRE;

    /** The field in {@code links:}, and the interface text's name: "link.pdf". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
