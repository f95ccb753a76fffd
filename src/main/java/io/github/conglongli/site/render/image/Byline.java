package io.github.conglongli.site.render.image;

import java.util.Objects;

/** One author of a paper as a card shows it; the site's owner is {@code highlighted}. */
public record Byline(String name, boolean highlighted) {

    public Byline {
        Objects.requireNonNull(name, "name");
    }

    public static Byline author(String name) {
        return new Byline(name, false);
    }

    public static Byline owner(String name) {
        return new Byline(name, true);
    }
}
