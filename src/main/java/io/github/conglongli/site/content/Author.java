package io.github.conglongli.site.content;

import java.util.Optional;

/**
 * An author as written: a name ("Teven Le Scao"), and where the owner gave it, how it splits
 * into given and family names ({@code {given: Teven, family: Le Scao}}), which no rule can
 * always tell (particles, compound surnames, names written family first). {@code marks} are the
 * symbols written after the name in BibTeX ("*" equal contribution, "†" corresponding author);
 * {@code homonym} is DBLP's number telling apart people of one name ("Wei Wang 0001"), kept for
 * matching and never shown.
 */
public record Author(String name, Optional<String> given, Optional<String> family, String marks,
        Optional<String> homonym) {

    public static Author named(String name) {
        return new Author(name, Optional.empty(), Optional.empty(), "", Optional.empty());
    }

    /** A name given in parts: shown as "given family". */
    public static Author split(String given, String family) {
        return new Author(given.isEmpty() ? family : given + " " + family, Optional.of(given), Optional.of(family), "",
                Optional.empty());
    }

    /** "Wei Wang 0001": the name with DBLP's number, as the owner may write their own in profile.yaml. */
    public String nameWithHomonym() {
        return homonym.map(n -> name + " " + n).orElse(name);
    }
}
