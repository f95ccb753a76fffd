package io.github.conglongli.site.search;

import io.github.conglongli.site.search.SearchAnswer.Fragment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the query's terms in a text and cuts a short passage around the first of them. The text
 * is analysed as the index analysed it, so what is marked is exactly what matched: "scaling"
 * marks "scale", "データ" marks the katakana inside "データ効率". (Lucene's highlighter module
 * does the same and more; this is the small part of it a results page needs, without its jar.)
 */
final class Snippets {

    /** Longer texts are only scanned this far: a passage from the start of a long post is good enough. */
    static final int SCAN_CHARS = 20_000;
    static final int PASSAGE_CHARS = 220;
    private static final int LEAD_CHARS = 60;

    private final Analyzer analyzer;

    Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The whole of {@code text} (a title), its matched terms marked. */
    List<Fragment> marked(String text, Set<String> terms) {
        return fragments(text, 0, text.length(), matches(text, terms));
    }

    /** A passage of {@code text} around its first match (or its start), matched terms marked. */
    List<Fragment> passage(String text, Set<String> terms) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<int[]> matches = matches(text, terms);
        int start = 0;
        if (!matches.isEmpty() && matches.get(0)[0] > LEAD_CHARS) {
            int from = matches.get(0)[0] - LEAD_CHARS;
            int space = text.indexOf(' ', from);
            start = space >= 0 && space < matches.get(0)[0] ? space + 1 : from;
        }
        int end = Math.min(text.length(), start + PASSAGE_CHARS);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + PASSAGE_CHARS / 2 ? space : end;
        }
        if (Character.isLowSurrogate(text.charAt(start))) {
            start++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end++;
        }
        List<Fragment> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Fragment("… ", false));
        }
        parts.addAll(fragments(text, start, end, matches));
        if (end < text.length()) {
            parts.add(new Fragment(" …", false));
        }
        return parts;
    }

    /** Offsets of matched terms, merged where they overlap (CJK bigrams overlap by one character). */
    private List<int[]> matches(String text, Set<String> terms) {
        List<int[]> found = new ArrayList<>();
        if (terms.isEmpty()) {
            return found;
        }
        String scanned = text.length() > SCAN_CHARS ? text.substring(0, SCAN_CHARS) : text;
        try (TokenStream stream = analyzer.tokenStream("body", scanned)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString())) {
                    int s = offset.startOffset();
                    int e = offset.endOffset();
                    int[] last = found.isEmpty() ? null : found.get(found.size() - 1);
                    if (last != null && s <= last[1]) {
                        last[1] = Math.max(last[1], e);
                    } else {
                        found.add(new int[] {s, e});
                    }
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return found;
    }

    private static List<Fragment> fragments(String text, int start, int end, List<int[]> matches) {
        List<Fragment> parts = new ArrayList<>();
        int at = start;
        for (int[] m : matches) {
            if (m[1] <= at || m[0] >= end) {
                continue;
            }
            int s = Math.max(m[0], at);
            int e = Math.min(m[1], end);
            if (s > at) {
                parts.add(new Fragment(text.substring(at, s), false));
            }
            parts.add(new Fragment(text.substring(s, e), true));
            at = e;
        }
        if (at < end) {
            parts.add(new Fragment(text.substring(at, end), false));
        }
        return parts;
    }
}
