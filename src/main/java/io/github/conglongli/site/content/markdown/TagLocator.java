package io.github.conglongli.site.content.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * Finds, in a piece of raw HTML, where each start tag the sanitizer reports was written. The
 * sanitizer reads start tags in source order but gives no positions, so a cursor follows it:
 * the next start tag in the source is the one reported, unless the names differ, in which case
 * the reported tag was implied by the parser (a {@code <tbody>} it inserted, say) and gets the
 * cursor's position without moving it. Comments, and the text of elements whose content is not
 * markup ({@code <script>}, {@code <style>}...), are skipped as the sanitizer skips them.
 */
final class TagLocator {

    private static final Set<String> RAW_TEXT = Set.of(
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    private final String html;
    private int cursor;

    TagLocator(String html) {
        this.html = html;
    }

    /** The offset of the start tag of {@code element} the sanitizer reported next. */
    int locate(String element) {
        int at = nextStartTag(cursor);
        if (at < 0 || !nameAt(at).equals(element)) {
            return Math.min(cursor, Math.max(html.length() - 1, 0));
        }
        cursor = endOfTag(at + 1 + element.length());
        if (RAW_TEXT.contains(element)) {
            int close = html.toLowerCase(Locale.ROOT).indexOf("</" + element, cursor);
            cursor = close < 0 ? html.length() : close;
        }
        return at;
    }

    private int nextStartTag(int from) {
        for (int i = html.indexOf('<', from); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (isAsciiLetter(html.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private String nameAt(int lessThan) {
        int end = lessThan + 1;
        while (end < html.length() && !isNameEnd(html.charAt(end))) {
            end++;
        }
        return html.substring(lessThan + 1, end).toLowerCase(Locale.ROOT);
    }

    /** Past the '>' closing a tag, stepping over quoted attribute values that may contain one. */
    private int endOfTag(int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if ((c == '"' || c == '\'') && previousNonSpace(i) == '=') {
                int close = html.indexOf(c, i + 1);
                if (close < 0) {
                    return html.length();
                }
                i = close;
            }
        }
        return html.length();
    }

    private char previousNonSpace(int i) {
        int j = i - 1;
        while (j >= 0 && html.charAt(j) <= ' ') {
            j--;
        }
        return j < 0 ? ' ' : html.charAt(j);
    }

    private static boolean isNameEnd(char c) {
        return c <= ' ' || c == '/' || c == '>';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
