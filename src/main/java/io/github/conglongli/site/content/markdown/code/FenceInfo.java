package io.github.conglongli.site.content.markdown.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a code fence's info string asks for: the language, and optionally numbered lines and
 * highlighted ones, written as Hugo writes them ({@code python {linenos=true hl_lines=[2,"4-5"]}})
 * or in short ({@code python {2-3}}). Anything else in the braces is ignored.
 *
 * @param language the first word, lower-cased; empty when the fence names none
 * @param numbered whether each line shows its number
 * @param highlighted the lines to highlight, 1-based and inclusive
 */
record FenceInfo(String language, boolean numbered, List<LineRange> highlighted) {

    /** Lines {@code first} to {@code last} of a block. */
    record LineRange(int first, int last) {
        boolean contains(int line) {
            return line >= first && line <= last;
        }
    }

    /** More ranges than a reader could want; the rest are ignored, so an info string cannot cost much. */
    private static final int MAX_RANGES = 100;
    private static final Pattern LINENOS = Pattern.compile("\\blinenos\\b\\s*(?:=\\s*[\"']?(\\w+))?");
    private static final Pattern HL_LINES = Pattern.compile("\\bhl_lines\\s*=\\s*(\\[[^\\]]{0,400}\\]|\"[^\"]{0,400}\"|'[^']{0,400}'|[0-9, -]{1,400})");
    private static final Pattern ONLY_RANGES = Pattern.compile("[0-9][0-9, -]{0,400}");
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,6})(?:\\s*-\\s*([0-9]{1,6}))?");

    FenceInfo {
        highlighted = List.copyOf(highlighted);
    }

    static FenceInfo parse(String info) {
        String text = info.strip();
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '{') {
            end++;
        }
        String language = text.substring(0, end).toLowerCase(Locale.ROOT);
        if (language.startsWith(".")) {
            language = language.substring(1);
        }
        String options = text.substring(end).strip();
        if (options.startsWith("{") && options.endsWith("}")) {
            options = options.substring(1, options.length() - 1).strip();
        }
        boolean numbered = false;
        Matcher linenos = LINENOS.matcher(options);
        if (linenos.find()) {
            String value = linenos.group(1) == null ? "true" : linenos.group(1).toLowerCase(Locale.ROOT);
            numbered = !value.equals("false");
        }
        String ranges = "";
        Matcher hl = HL_LINES.matcher(options);
        if (hl.find()) {
            ranges = hl.group(1);
        } else if (ONLY_RANGES.matcher(options).matches()) {
            ranges = options;
        }
        return new FenceInfo(language, numbered, ranges(ranges));
    }

    boolean isHighlighted(int line) {
        for (LineRange range : highlighted) {
            if (range.contains(line)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block is written line by line (numbers or highlights), not as one run of text. */
    boolean byLine() {
        return numbered || !highlighted.isEmpty();
    }

    private static List<LineRange> ranges(String text) {
        List<LineRange> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find() && ranges.size() < MAX_RANGES) {
            int first = Integer.parseInt(m.group(1));
            int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
            if (first >= 1 && last >= first) {
                ranges.add(new LineRange(first, last));
            }
        }
        return ranges;
    }
}
