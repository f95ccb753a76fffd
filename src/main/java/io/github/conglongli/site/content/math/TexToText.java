package io.github.conglongli.site.content.math;

import java.util.Map;

/**
 * A formula as plain Unicode text, for places that cannot show MathML: the {@code <title>},
 * meta tags and the text drawn on link-preview cards. Handles what titles hold ($k$-means,
 * $O(n^2 d)$, $\ell_1$, $\alpha$-divergence): letters, digits, Greek and symbol commands, digit
 * and sign scripts as Unicode super- and subscripts. Anything more (fractions, matrices, a
 * letter script with no Unicode form) keeps the LaTeX source with its dollars, which is still
 * readable and is what the author wrote.
 */
public final class TexToText {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₙᵢ";
    private static final String SCRIPTABLE = "0123456789+-=()ni";

    private static final Map<String, String> SPACES = Map.of(",", " ", ";", " ", ":", " ", "!", "", "quad", " ",
            "qquad", " ", " ", " ");

    private TexToText() {}

    /** The text with each formula in it rendered, or kept as {@code $source$} when too complex. */
    public static String of(String text) {
        if (!text.contains("$") && !text.contains("\\(")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (MathInText.Part part : MathInText.parts(text)) {
            if (part instanceof MathInText.Part.Text t) {
                out.append(t.text());
            } else if (part instanceof MathInText.Part.Formula f) {
                out.append(formula(f.tex()));
            }
        }
        return out.toString();
    }

    /** One formula as text, or {@code $tex$} when it holds more than text can show. */
    static String formula(String tex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '^' || c == '_') {
                int[] end = new int[1];
                String script = script(tex, i + 1, end, c == '^' ? SUPERSCRIPTS : SUBSCRIPTS);
                if (script == null) {
                    return "$" + tex + "$";
                }
                out.append(script);
                i = end[0];
            } else if (c == '\\') {
                int j = i + 1;
                while (j < tex.length() && Character.isLetter(tex.charAt(j))) {
                    j++;
                }
                if (j == i + 1 && j < tex.length()) {
                    j++;
                }
                String name = tex.substring(i + 1, j);
                String symbol = symbol(name);
                if (symbol == null) {
                    return "$" + tex + "$";
                }
                out.append(symbol);
                i = j;
            } else if (c == '{' || c == '}') {
                i++;
            } else if (c == '-') {
                out.append('−');
                i++;
            } else if (c == ' ') {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String symbol(String name) {
        String space = SPACES.get(name);
        if (space != null) {
            return space;
        }
        if (name.equals("$") || name.equals("%") || name.equals("&") || name.equals("#") || name.equals("_")) {
            return name;
        }
        if (name.equals("LaTeX") || name.equals("TeX")) {
            return name;
        }
        TexSymbols.Symbol symbol = TexSymbols.command(name);
        if (symbol == null) {
            return null;
        }
        return switch (symbol.kind()) {
            case FUNCTION, LIMIT_FUNCTION -> symbol.text() + " ";
            default -> symbol.text();
        };
    }

    /** A script of digits and signs in Unicode, or null; {@code end[0]} is set past it. */
    private static String script(String tex, int start, int[] end, String alphabet) {
        String body;
        if (start < tex.length() && tex.charAt(start) == '{') {
            int close = tex.indexOf('}', start);
            if (close < 0) {
                return null;
            }
            body = tex.substring(start + 1, close);
            end[0] = close + 1;
        } else if (start < tex.length()) {
            body = tex.substring(start, start + 1);
            end[0] = start + 1;
        } else {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : body.toCharArray()) {
            int index = SCRIPTABLE.indexOf(c);
            if (index < 0) {
                return null;
            }
            out.append(alphabet.charAt(index));
        }
        return out.toString();
    }
}
