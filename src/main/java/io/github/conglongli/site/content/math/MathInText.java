package io.github.conglongli.site.content.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the formulas in a line of plain text such as a paper's title ("$k$-means in $O(n^2 d)$"),
 * by the same rules as in Markdown: {@code $...$} when no space follows the opening dollar, no
 * space precedes the closing one and no digit follows it; {@code \(...\)}; {@code \$} is a dollar.
 */
public final class MathInText {

    /** A run of text, or a formula with its offset in the text (where its LaTeX starts). */
    public sealed interface Part {
        record Text(String text) implements Part {}

        record Formula(String tex, int offset) implements Part {}
    }

    private MathInText() {}

    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                plain.append('$');
                i += 2;
                continue;
            }
            int close = -1;
            int open = 0;
            if (c == '\\' && text.startsWith("\\(", i)) {
                close = text.indexOf("\\)", i + 2);
                open = 2;
            } else if (c == '$') {
                close = closingDollar(text, i);
                open = 1;
            }
            if (close > i + open) {
                if (!plain.isEmpty()) {
                    parts.add(new Part.Text(plain.toString()));
                    plain.setLength(0);
                }
                parts.add(new Part.Formula(text.substring(i + open, close), i + open));
                i = close + open;
            } else {
                plain.append(c);
                i++;
            }
        }
        if (!plain.isEmpty()) {
            parts.add(new Part.Text(plain.toString()));
        }
        return List.copyOf(parts);
    }

    private static int closingDollar(String text, int open) {
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1)) || text.charAt(open + 1) == '$') {
            return -1;
        }
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
                boolean digitAfter = j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
                return spaceBefore || digitAfter ? -1 : j;
            }
        }
        return -1;
    }
}
