package io.github.conglongli.site.render.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Initials for a monogram, by one rule: the first letter of the first name word and of the last,
 * upper-cased. "Conglong Li" is CL, "Ada" is A, "Jean-Pierre Serre" is JS (a hyphenated name is
 * one word, so one letter). Words that begin in lower case are particles and are skipped, as in
 * "Ludwig van Beethoven" (LB), unless every word does. Words whose first letter the typeface
 * cannot draw are skipped too: "Conglong Li (李聪龙)" is CL, and "李聪龙", a Chinese name written
 * without spaces, would be 李 with a typeface that has it. Leading punctuation is ignored ("(Ada)"
 * is A); a word that starts with a digit gives no initial.
 */
public final class Initials {

    private Initials() {}

    /** The initials of the name, or empty if none of its words gives a letter the typeface draws. */
    public static Optional<String> of(String name, Typeface typeface) {
        List<Integer> letters = new ArrayList<>();
        List<Integer> particles = new ArrayList<>();
        for (String word : DisplayText.of(name).split(" ")) {
            firstLetter(word).filter(letter -> typeface.canDraw(Character.toString(letter))).ifPresent(letter ->
                    (Character.isLowerCase(letter) ? particles : letters).add(letter));
        }
        List<Integer> chosen = letters.isEmpty() ? particles : letters;
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder initials = new StringBuilder().appendCodePoint(upperCase(chosen.get(0), typeface));
        if (chosen.size() > 1) {
            initials.appendCodePoint(upperCase(chosen.get(chosen.size() - 1), typeface));
        }
        return Optional.of(initials.toString());
    }

    private static Optional<Integer> firstLetter(String word) {
        OptionalInt first = word.codePoints().filter(Character::isLetterOrDigit).findFirst();
        return first.isPresent() && Character.isLetter(first.getAsInt()) ? Optional.of(first.getAsInt()) : Optional.empty();
    }

    private static int upperCase(int letter, Typeface typeface) {
        int upper = Character.toUpperCase(letter);
        return typeface.canDraw(Character.toString(upper)) ? upper : letter;
    }
}
