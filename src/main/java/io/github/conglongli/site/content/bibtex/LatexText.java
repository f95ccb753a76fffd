package io.github.conglongli.site.content.bibtex;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/**
 * The text a BibTeX value typesets as: accents as letters ({@code {\"U}ber} is "Über"), commands
 * such as {@code \emph{}} reduced to their text, protecting braces dropped, {@code --} as a dash.
 * Math ({@code $...$}) is kept as written so that a math renderer can pick it up and a reader
 * still sees the formula. jbibtex's LaTeX reader does most of the work; what it does not know is
 * handled here first. One instance reads one file: jbibtex's parser is costly to create (most of
 * the time of reading a large file went there) and is reused, so an instance is not shared
 * between threads.
 */
final class LatexText {

    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$[^$]*(?<!\\\\)\\$");
    private static final Pattern UNESCAPED_TILDE = Pattern.compile("(?<!\\\\)~");
    /** Escaped specials (kept), commands and accents (dropped), braces (dropped). */
    private static final Pattern LATEX_MARKUP = Pattern.compile("\\\\([&%$#_{}^~ ])|\\\\[A-Za-z]+\\s*|\\\\.?|[{}]");
    /** Accents jbibtex drops: macron, long umlaut, breve, dot, ogonek, ring. */
    private static final Pattern COMBINING_ACCENT = Pattern.compile("\\\\([=Hu.kr])\\s*\\{?\\s*(\\\\?[A-Za-z])\\s*\\}?");
    private static final Map<String, String> COMBINING = Map.of("=", "\u0304", "H", "\u030B", "u", "\u0306",
            ".", "\u0307", "k", "\u0328", "r", "\u030A");
    private static final Pattern STROKED_L = Pattern.compile("\\\\([lL])(\\{\\}|\\b\\s?)");
    /** Author marks written in LaTeX: a superscript, a dagger command, math. */
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\\\textsuperscript\\s*\\{([^{}]*)\\}");
    private static final Pattern MATH_MARK = Pattern.compile("\\$\\s*\\^?\\s*\\{?\\s*([^${}]*?)\\s*\\}?\\s*\\$");
    private static final Pattern DOUBLE_DAGGER = Pattern.compile("\\\\(ddagger|ddag|textdaggerdbl)\\b(\\{\\})?");
    private static final Pattern DAGGER = Pattern.compile("\\\\(dagger|dag|textdagger)\\b(\\{\\})?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Text with nothing for LaTeX to change: no command, brace, tie, dash pair or quote ligature. */
    private static final Pattern PLAIN = Pattern.compile("[^\\\\{}~$`'\"-]*");
    /** Dotless i and j, written under an accent ({@code \'{\i}}), which jbibtex drops. */
    private static final Pattern DOTLESS = Pattern.compile("\\\\([ij])(?![A-Za-z])\\s?");

    /** Far more than LaTeX in a bibliography nests; far less than overflows a 256 KB stack. */
    private static final int MAX_DEPTH = 64;

    private final LaTeXParser parser;

    LatexText() {
        try {
            parser = new LaTeXParser();
        } catch (ParseException e) {
            throw new IllegalStateException("jbibtex's LaTeX parser cannot start", e);
        }
    }

    /** The typeset text of a value, whitespace collapsed, math kept as {@code $...$}. */
    String plain(String latex) {
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(latex);
        int last = 0;
        while (math.find()) {
            out.append(text(latex.substring(last, math.start()))).append(math.group());
            last = math.end();
        }
        out.append(text(latex.substring(last)));
        return WHITESPACE.matcher(out).replaceAll(" ").strip();
    }

    /** Author lists: marks written as LaTeX ({@code $^\dagger$}, {@code \textsuperscript{*}}) become plain symbols. */
    String authors(String latex) {
        String marks = SUPERSCRIPT.matcher(latex).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        marks = DOUBLE_DAGGER.matcher(marks).replaceAll("\u2021");
        marks = DAGGER.matcher(marks).replaceAll("\u2020");
        marks = MATH_MARK.matcher(marks).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return plain(marks);
    }

    private static String trailing(String latex) {
        return latex.endsWith(" ") || latex.endsWith("\n") ? " " : "";
    }

    private static int depth(String latex) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}') {
                depth--;
            }
        }
        return max;
    }

    private String text(String latex) {
        if (PLAIN.matcher(latex).matches()) {
            return latex; // most values: jbibtex's reader costs far more than the check
        }
        String tidy = UNESCAPED_TILDE.matcher(latex).replaceAll(" ");
        tidy = DOTLESS.matcher(tidy).replaceAll("$1");
        tidy = STROKED_L.matcher(tidy).replaceAll(m -> m.group(1).equals("l") ? "\u0142" : "\u0141");
        tidy = COMBINING_ACCENT.matcher(tidy).replaceAll(m -> {
            String letter = m.group(2).equals("\\i") ? "i" : m.group(2).replace("\\", "");
            return Matcher.quoteReplacement(letter + COMBINING.get(m.group(1)));
        });
        String spaced = latex.startsWith(" ") ? " " : "";
        if (depth(tidy) > MAX_DEPTH) {
            // jbibtex's reader recurses per brace: a hostile value must not overflow the stack
            return spaced + LATEX_MARKUP.matcher(tidy)
                    .replaceAll(m -> m.group(1) == null ? "" : Matcher.quoteReplacement(m.group(1))) + trailing(latex);
        }
        String trailing = trailing(latex);
        try {
            String printed = new LaTeXPrinter().print(parser.parse(tidy)).replace('\u2019', '\'');
            return spaced + Normalizer.normalize(printed, Normalizer.Form.NFC) + trailing;
        } catch (ParseException | RuntimeException e) {
            // jbibtex refuses some valid input ('_', '^' outside math); read it leniently
            String lenient = LATEX_MARKUP.matcher(tidy)
                    .replaceAll(m -> m.group(1) == null ? "" : Matcher.quoteReplacement(m.group(1)));
            return spaced + Normalizer.normalize(lenient, Normalizer.Form.NFC) + trailing;
        }
    }
}
