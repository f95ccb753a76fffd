package io.github.conglongli.site.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The search index an export ships for its search page (export --search), as JSON, read by
 * {@code search.js} in the visitor's browser. Made from the same {@link SearchDocument}s the
 * server indexes and analysed by the same Lucene filters as {@link SearchAnalyzer} (case and
 * accent folding, full-width forms, possessives, Porter stems), so the script only has to analyse
 * the few words typed, the same way.
 *
 * <p>Each document's text fields are kept as runs of term numbers, in order, so the script can
 * find phrases; the terms are listed once, most frequent first (their numbers are then short).
 * Chinese and Japanese are not paired here: a run of CJK characters is one term, and the script
 * finds a typed CJK word inside it, which is what the server's pairs of characters in a row
 * find. Bodies are not stored: a document carries its title and the first
 * {@value #EXCERPT_CHARS} characters of what a result quotes.
 *
 * <pre>
 * {"fields": [names], "weights": [per field], "kinds": [names], "terms": [strings],
 *  "docs": [[kind, href, title, when, date, year, excerpt, [terms of field 0], [field 1]...]...]}
 * </pre>
 * A document's trailing empty fields are left out.
 */
public final class BrowserIndex {

    static final int EXCERPT_CHARS = 200;
    /** A phrase or a CJK word is cut to as many terms as on the server. */
    public static final int MAX_TERMS_PER_CLAUSE = SearchIndex.MAX_TERMS_PER_CLAUSE;
    /** The fields and weights of {@code SearchIndex}: a match in a title ranks above one in a body. */
    static final List<String> FIELDS = List.copyOf(SearchIndex.TEXT_FIELDS.keySet());
    static final List<Double> WEIGHTS = SearchIndex.TEXT_FIELDS.values().stream().map(Float::doubleValue).toList();
    private static final Set<String> CJK_TYPES = Set.of("<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>");
    private static final JsonFactory JSON = new JsonFactory();
    /** {@link SearchAnalyzer}'s filters without the pairing of CJK characters, which {@link #terms} replaces. */
    private static final Analyzer TERMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(source)));
            stream = new PorterStemFilter(new EnglishPossessiveFilter(stream));
            return new TokenStreamComponents(source, stream);
        }
    };

    /** What a result shows besides its title: its address and date, as the pages write them. */
    public record Shown(String href, String when) {}

    private BrowserIndex() {}

    /** The index of {@code docs} as UTF-8 JSON; {@code shown} gives each one's address and date. */
    public static byte[] json(List<SearchDocument> docs, Function<SearchDocument, Shown> shown) {
        Map<String, Integer> frequency = new HashMap<>();
        List<List<List<String>>> fieldsOfDocs = new ArrayList<>();
        for (SearchDocument doc : docs) {
            List<List<String>> fields = new ArrayList<>();
            for (String text : List.of(doc.title(), doc.key(), doc.authors(), doc.tags(), doc.headings(),
                    doc.venue(), doc.body())) {
                List<String> terms = terms(text);
                terms.forEach(term -> frequency.merge(term, 1, Integer::sum));
                fields.add(terms);
            }
            fieldsOfDocs.add(fields);
        }
        List<String> vocabulary = new ArrayList<>(frequency.keySet());
        vocabulary.sort((a, b) -> frequency.get(a).equals(frequency.get(b)) ? a.compareTo(b)
                : frequency.get(b) - frequency.get(a));
        Map<String, Integer> number = new HashMap<>();
        for (String term : vocabulary) {
            number.put(term, number.size());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("fields");
            for (String field : FIELDS) {
                g.writeString(field);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("weights");
            for (double weight : WEIGHTS) {
                g.writeNumber(weight);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("kinds");
            for (SearchKind kind : SearchKind.values()) {
                g.writeString(kind.key());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("terms");
            for (String term : vocabulary) {
                g.writeString(term);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("docs");
            for (int d = 0; d < docs.size(); d++) {
                SearchDocument doc = docs.get(d);
                Shown at = shown.apply(doc);
                g.writeStartArray();
                g.writeNumber(doc.kind().ordinal());
                g.writeString(at.href());
                g.writeString(doc.title());
                g.writeString(at.when());
                g.writeNumber(doc.date());
                g.writeNumber(doc.year().orElse(0));
                g.writeString(excerpt(doc));
                List<List<String>> fields = fieldsOfDocs.get(d);
                int last = fields.size();
                while (last > 0 && fields.get(last - 1).isEmpty()) {
                    last--;
                }
                for (List<String> field : fields.subList(0, last)) {
                    g.writeStartArray();
                    for (String term : field) {
                        g.writeNumber(number.get(term));
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }

    /**
     * The terms of {@code text} in order, as the server's analysis makes them, except that a run of
     * CJK characters without a break is one term (the server indexes its characters and pairs).
     */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = TERMS.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            boolean inCjkRun = false;
            int runEnd = -1;
            while (stream.incrementToken()) {
                boolean cjk = CJK_TYPES.contains(type.type());
                if (cjk && inCjkRun && offset.startOffset() == runEnd) {
                    terms.set(terms.size() - 1, terms.get(terms.size() - 1) + term);
                } else {
                    terms.add(term.toString());
                }
                inCjkRun = cjk;
                runEnd = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string reader does not fail
        }
        return terms;
    }

    /** The start of what a result quotes (as on the server): the body, or a paper's authors and venue. */
    static String excerpt(SearchDocument doc) {
        String text = !doc.body().isEmpty() && doc.kind() != SearchKind.NEWS ? doc.body()
                : String.join(" · ", List.of(doc.authors(), doc.venue()).stream().filter(s -> !s.isEmpty()).toList());
        text = text.strip().replaceAll("\\s+", " ");
        if (text.length() <= EXCERPT_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', EXCERPT_CHARS);
        if (end < EXCERPT_CHARS / 2) {
            end = Character.isHighSurrogate(text.charAt(EXCERPT_CHARS - 1)) ? EXCERPT_CHARS - 1 : EXCERPT_CHARS;
        }
        return text.substring(0, end) + " …";
    }
}
