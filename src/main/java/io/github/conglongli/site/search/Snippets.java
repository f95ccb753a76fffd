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
        return text.isEmpty() ? List.of() : passage(text, matches(text, terms));
    }

    /**
     * A passage of {@code text} around the first of {@code matches} (or its start), those marked:
     * the offsets of matched terms, in order and not overlapping (see {@link #merged}), as the
     * index recorded them.
     */
    static List<Fragment> passage(String text, List<int[]> matches) {
        if (text.isEmpty()) {
            return List.of();
        }
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

    /** Offsets of matched terms in {@code text}, found by analysing it as the index did, merged where they overlap. */
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
                    found.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return merged(found);
    }

    /** {@code spans} (start and end offsets) in order, those that overlap made one (CJK bigrams overlap by a character). */
    static List<int[]> merged(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] span : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && span[0] <= last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                out.add(new int[] {span[0], span[1]});
            }
        }
        return out;
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
