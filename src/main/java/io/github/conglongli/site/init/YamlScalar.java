package io.github.conglongli.site.init;

import java.util.Locale;
import java.util.Set;

/**
 * A text as a YAML scalar an owner can read and edit: plain when YAML would read it back as the
 * same text in any position (a mapping value, an item of a {@code [flow, list]}), in double
 * quotes otherwise ({@code "Ada \"Countess\" Lovelace: #1"}).
 */
public final class YamlScalar {

    /** Words YAML 1.1 (which the loader speaks) reads as booleans or null rather than text. */
    private static final Set<String> SPECIAL = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");

    private YamlScalar() {}

    public static String of(String text) {
        return isPlain(text) ? text : quoted(text);
    }

    /**
     * Starts with a letter (so it is no number, date, or indicator such as {@code - ? : # & * ! | > ' " % @}),
     * ends with neither a blank nor a colon, holds no comment start, no {@code ": "} and no flow
     * indicator, and is no special word.
     */
    private static boolean isPlain(String text) {
        if (text.isEmpty() || !Character.isLetter(text.codePointAt(0)) || text.endsWith(":")
                || Character.isWhitespace(text.codePointBefore(text.length()))) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains("\t")
                || text.codePoints().anyMatch(c -> ",[]{}\"\\".indexOf(c) >= 0 || isUnprintable(c))) {
            return false;
        }
        return !SPECIAL.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * What a YAML file may not hold as it is (controls, lone surrogates, U+FFFE and U+FFFF), or
     * what YAML 1.1 takes for a line break or a byte order mark: written as an escape instead.
     */
    private static boolean isUnprintable(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE
                || c == 0xFFFF || Character.isSurrogate((char) c) && c <= 0xFFFF;
    }

    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                default -> {
                    if (isUnprintable(c)) {
                        s.append(String.format("\\u%04x", c));
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.append('"').toString();
    }
}
