package io.github.conglongli.site.content;

import java.util.Optional;

/**
 * An author as written: a name ("Teven Le Scao"), and where the owner gave it, how it splits
 * into given and family names ({@code {given: Teven, family: Le Scao}}), which no rule can
 * always tell (particles, compound surnames, names written family first).
 */
public record Author(String name, Optional<String> given, Optional<String> family) {

    public static Author named(String name) {
        return new Author(name, Optional.empty(), Optional.empty());
    }

    /** A name given in parts: shown as "given family". */
    public static Author split(String given, String family) {
        return new Author(given.isEmpty() ? family : given + " " + family, Optional.of(given), Optional.of(family));
    }
}
