package io.github.conglongli.site.render.cite;

import io.github.conglongli.site.content.Author;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How an author's name splits into given and family names for citations: as the owner wrote
 * it ({@code {given: Teven, family: Le Scao}}), or else by the usual rule: the last word, with
 * the particles before it ("van Beethoven", "De Sa", "Le Scao"). BibTeX, reference managers and
 * Google Scholar all want the family name, and a wrong guess files a paper under "Scao".
 */
public final class PersonNames {

    /** Particles that belong to the family name, in any case ("De Sa", "de Sa"). */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "del", "della", "di",
            "da", "dos", "das", "du", "des", "le", "la", "ter", "ten", "bin", "ibn", "al", "el", "st.", "st", "mac");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A name in two parts; {@code given} is empty for a single-word name. */
    public record Parts(String given, String family) {}

    private PersonNames() {}

    public static Parts split(Author author) {
        if (author.family().isPresent()) {
            return new Parts(author.given().orElse(""), author.family().get());
        }
        String[] words = WHITESPACE.split(author.name().strip());
        int family = words.length - 1;
        while (family > 1 && PARTICLES.contains(words[family - 1].toLowerCase(Locale.ROOT))) {
            family--;
        }
        return new Parts(String.join(" ", Arrays.copyOfRange(words, 0, family)),
                String.join(" ", Arrays.copyOfRange(words, family, words.length)));
    }

    /** "Le Scao, Teven": the form BibTeX and citation tags read without guessing. */
    public static String familyFirst(Author author) {
        Parts parts = split(author);
        return parts.given().isEmpty() ? parts.family() : parts.family() + ", " + parts.given();
    }
}
