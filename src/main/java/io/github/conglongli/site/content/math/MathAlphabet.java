package io.github.conglongli.site.content.math;

import java.util.Map;

/**
 * The styled letters of \mathbb, \mathbf, \mathcal and friends as Unicode's mathematical
 * alphanumeric characters. KaTeX writes {@code <mi mathvariant="double-struck">R</mi>}, but MathML
 * Core (Chromium) only honours {@code mathvariant="normal"}, so the style has to be in the
 * character itself, as Temml does.
 */
enum MathAlphabet {
    BOLD(0x1D400, 0x1D7CE, 0x1D6A8, 0x1D6C2),
    ITALIC(0x1D434, -1, 0x1D6E2, 0x1D6FC),
    BOLD_ITALIC(0x1D468, 0x1D7CE, 0x1D71C, 0x1D736),
    SCRIPT(0x1D49C, -1, -1, -1),
    FRAKTUR(0x1D504, -1, -1, -1),
    DOUBLE_STRUCK(0x1D538, 0x1D7D8, -1, -1),
    SANS_SERIF(0x1D5A0, 0x1D7E2, -1, -1),
    MONOSPACE(0x1D670, 0x1D7F6, -1, -1);

    /** Letters that Unicode had already encoded elsewhere before the block was made. */
    private static final Map<String, Integer> HOLES = Map.ofEntries(
            Map.entry("ITALIC h", 0x210E),
            Map.entry("SCRIPT B", 0x212C), Map.entry("SCRIPT E", 0x2130), Map.entry("SCRIPT F", 0x2131),
            Map.entry("SCRIPT H", 0x210B), Map.entry("SCRIPT I", 0x2110), Map.entry("SCRIPT L", 0x2112),
            Map.entry("SCRIPT M", 0x2133), Map.entry("SCRIPT R", 0x211B), Map.entry("SCRIPT e", 0x212F),
            Map.entry("SCRIPT g", 0x210A), Map.entry("SCRIPT o", 0x2134),
            Map.entry("FRAKTUR C", 0x212D), Map.entry("FRAKTUR H", 0x210C), Map.entry("FRAKTUR I", 0x2111),
            Map.entry("FRAKTUR R", 0x211C), Map.entry("FRAKTUR Z", 0x2128),
            Map.entry("DOUBLE_STRUCK C", 0x2102), Map.entry("DOUBLE_STRUCK H", 0x210D),
            Map.entry("DOUBLE_STRUCK N", 0x2115), Map.entry("DOUBLE_STRUCK P", 0x2119),
            Map.entry("DOUBLE_STRUCK Q", 0x211A), Map.entry("DOUBLE_STRUCK R", 0x211D),
            Map.entry("DOUBLE_STRUCK Z", 0x2124));

    /** Greek variant letters in the order Unicode appends them after omega in each Greek alphabet. */
    private static final String GREEK_VARIANTS = "∂ϵϑϰϕϱϖ";

    private final int latin;
    private final int digits;
    private final int greekCapitals;
    private final int greekSmall;

    MathAlphabet(int latin, int digits, int greekCapitals, int greekSmall) {
        this.latin = latin;
        this.digits = digits;
        this.greekCapitals = greekCapitals;
        this.greekSmall = greekSmall;
    }

    /** {@code c} in this alphabet, or {@code c} itself when the alphabet has no such letter. */
    String apply(int c) {
        Integer hole = HOLES.get(name() + " " + Character.toString(c));
        if (hole != null) {
            return Character.toString(hole);
        }
        if (c >= 'A' && c <= 'Z') {
            return Character.toString(latin + c - 'A');
        }
        if (c >= 'a' && c <= 'z') {
            return Character.toString(latin + 26 + c - 'a');
        }
        if (c >= '0' && c <= '9' && digits > 0) {
            return Character.toString(digits + c - '0');
        }
        if (greekCapitals > 0 && c >= 0x391 && c <= 0x3A9) {
            return Character.toString(greekCapitals + c - 0x391);
        }
        if (greekCapitals > 0 && c == '∇') {
            return Character.toString(greekCapitals + 25);
        }
        int variant = GREEK_VARIANTS.indexOf(c);
        if (greekSmall > 0 && c >= 0x3B1 && c <= 0x3C9) {
            return Character.toString(greekSmall + c - 0x3B1);
        }
        if (greekSmall > 0 && variant >= 0) {
            return Character.toString(greekSmall + 25 + variant);
        }
        return Character.toString(c);
    }

    String apply(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(apply(c)));
        return out.toString();
    }
}
