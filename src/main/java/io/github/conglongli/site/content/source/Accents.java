package io.github.conglongli.site.content.source;

import java.text.Normalizer;

/**
 * Text without the accents of Latin letters, for addresses and search: "Über" is "Uber". Other
 * scripts keep their marks ("デ" stays "デ": its voiced mark is part of the letter, and dropping
 * it makes another word). Compatibility forms become their plain ones (NFKC): a full-width colon
 * is ':', "ﬁ" is "fi".
 */
public final class Accents {

    private Accents() {}

    public static String strip(String text) {
        if (text.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(compatible.length());
        boolean afterLatin = false;
        for (int i = 0; i < compatible.length(); ) {
            int c = compatible.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                if (!afterLatin) {
                    out.appendCodePoint(c); // a mark NFKC could not compose stays with a non-Latin letter
                }
                continue;
            }
            afterLatin = c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (afterLatin) {
                Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).codePoints()
                        .filter(d -> !isMark(d)).forEach(out::appendCodePoint);
            } else {
                out.appendCodePoint(c);
                afterLatin = c < 0x80 && Character.isLetter(c);
            }
        }
        return out.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
