package io.github.conglongli.site.render.image;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as it is drawn: composed (NFC, so "e" plus a combining accent is the one glyph "é"), every
 * run of white space one space, no control characters. Fonts report line breaks and tabs as
 * "displayable" yet draw them as nothing or as a box, so they never reach the font.
 */
final class DisplayText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern CONTROLS = Pattern.compile("\\p{Cc}");

    private DisplayText() {}

    static String of(String raw) {
        String composed = Normalizer.normalize(raw, Normalizer.Form.NFC);
        return CONTROLS.matcher(SPACES.matcher(composed).replaceAll(" ")).replaceAll("").strip();
    }
}
