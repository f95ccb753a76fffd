package io.github.conglongli.site.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.conglongli.site.search.SearchAnswer.Fragment;
import io.github.conglongli.site.search.SearchAnswer.Hit;
import io.github.conglongli.site.search.SiteQuery.Clause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one snapshot: a point-in-time reader of an in-memory Lucene index. The
 * next snapshot's index is made by {@link #update}, which writes only the documents that
 * changed into the same index and opens a new reader on it; this one is then retired, and closes
 * when its last search is done (a search that finds it retired asks for the current one, see
 * {@link Retired}). Only the indexing thread writes; any thread may search.
 */
public final class SearchIndex {

    public static final int PAGE_SIZE = 10;
    /** Terms a phrase or a word is cut to: a 200-character CJK phrase would otherwise be 199 positions. */
    static final int MAX_TERMS_PER_CLAUSE = 24;
    private static final int SUGGESTIONS = 3;
    /** Matches of one term a passage looks at: it shows 220 characters near the first match. */
    private static final int OFFSETS_PER_TERM = 64;

    /** The text fields and their weight: a match in a title ranks above one in a body. */
    static final Map<String, Float> TEXT_FIELDS = textFields();
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String YEAR = "year";
    private static final String DATE = "date";
    private static final String WORDS = "words";
    private static final String BODY = "body";
    /** The body keeps each term's offsets, for the passages quoted in results. */
    private static final FieldType BODY_TYPE = bodyType();
    /** Analyzers are thread-safe: they keep their per-thread state themselves. */
    private static final Analyzer WORD_ANALYZER = SearchAnalyzer.words();
    private static final Analyzer INDEXING = SearchAnalyzer.indexing();
    private static final Sort BEST_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(DATE, SortField.Type.INT, true));

    private final IndexWriter writer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<String, SearchDocument> documents;
    private final int written;
    private final Duration took;
    /** How queries are analysed: as the index was, but CJK text as pairs only. */
    private final Analyzer terms;
    private final Snippets snippets;
    /**
     * The nearest indexed word to a word no document has, as found: finding it builds Levenshtein
     * automata (about half a millisecond a word), and a typo is often typed again, or paged.
     */
    private final Cache<String, Optional<String>> nearestWords = Caffeine.newBuilder().maximumSize(2_048).build();

    private SearchIndex(IndexWriter writer, DirectoryReader reader, Map<String, SearchDocument> documents,
            int written, long startedNanos, Analyzer terms) {
        this.writer = writer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.documents = documents;
        this.written = written;
        this.took = Duration.ofNanos(System.nanoTime() - startedNanos);
        this.terms = terms;
        this.snippets = new Snippets(INDEXING);
    }

    /** The search of a live snapshot found its index retired by a newer one: ask the newer snapshot. */
    public static final class Retired extends RuntimeException {
        Retired() {
            super("search index retired", null, false, false);
        }
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put("title", 6f);
        fields.put("key", 4f);
        fields.put("authors", 3f);
        fields.put("tags", 3f);
        fields.put("headings", 2.5f);
        fields.put("venue", 1.5f);
        fields.put(BODY, 1f);
        return Collections.unmodifiableMap(fields); // in this order: the static export's index lists them so
    }

    /** A new index of {@code docs}. */
    public static SearchIndex of(List<SearchDocument> docs) {
        long started = System.nanoTime();
        Analyzer terms = SearchAnalyzer.querying();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(INDEXING, Map.of(WORDS, WORD_ANALYZER));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(8) // the heap is 128 MB: flush small
                .setMergeScheduler(new SerialMergeScheduler()) // merge on the indexing thread, not a pool of its own
                .setCommitOnClose(false);
        try {
            IndexWriter writer = new IndexWriter(directory(), config);
            Map<String, SearchDocument> byId = new HashMap<>();
            for (SearchDocument doc : docs) {
                writer.addDocument(lucene(doc));
                byId.put(doc.id(), doc);
            }
            return new SearchIndex(writer, DirectoryReader.open(writer), Map.copyOf(byId), docs.size(), started,
                    terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // memory does not fail with an IOException
        }
    }

    /**
     * The index of {@code docs}, made from this one by writing only the documents that are new
     * or changed and deleting those that are gone; this index is retired.
     */
    public SearchIndex update(List<SearchDocument> docs) {
        long started = System.nanoTime();
        try {
            Map<String, SearchDocument> byId = new HashMap<>();
            int changed = 0;
            for (SearchDocument doc : docs) {
                byId.put(doc.id(), doc);
                if (!doc.equals(documents.get(doc.id()))) {
                    writer.updateDocument(new Term(ID, doc.id()), lucene(doc));
                    changed++;
                }
            }
            for (String id : documents.keySet()) {
                if (!byId.containsKey(id)) {
                    writer.deleteDocuments(new Term(ID, id));
                }
            }
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
            if (newer == null) {
                reader.incRef(); // the same reader, now also the next index's
                newer = reader;
            }
            SearchIndex next = new SearchIndex(writer, newer, Map.copyOf(byId), changed, started, terms);
            release(); // retired: closes when its last search is done
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An in-memory directory that keeps each file as one buffer. By default it keeps a list of
     * up to a few hundred blocks, and every clone of an input (each term a query reads, each
     * posting list a passage looks up) duplicated them all: that was most of a search's time.
     */
    private static ByteBuffersDirectory directory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** How many documents were written to make this index: all of them at first, then only what a reload changed. */
    public int written() {
        return written;
    }

    /** How long making this index took (for the log and the benchmarks). */
    public Duration took() {
        return took;
    }

    public int size() {
        return documents.size();
    }

    /**
     * The page of results {@code query} asks for; an empty answer for a query that has nothing
     * searchable ("-x", "***").
     *
     * @throws Retired when a newer snapshot's index has replaced this one
     */
    public SearchAnswer find(SiteQuery query) {
        if (!reader.tryIncRef()) {
            throw new Retired();
        }
        try {
            Set<String> matched = new LinkedHashSet<>();
            Optional<Query> lucene = query(query, matched);
            if (lucene.isEmpty()) {
                return new SearchAnswer(query, 0, 0, List.of(), List.of());
            }
            // one pass: the page's best hits and the exact count (the default stops counting at 1,000)
            TopFieldDocs top = searcher.search(lucene.get(), new TopFieldCollectorManager(BEST_THEN_NEWEST,
                    query.page() * PAGE_SIZE, Integer.MAX_VALUE));
            int total = (int) top.totalHits.value;
            // the count is exact; the pages stop where queries do (SiteQuery.MAX_PAGE): each page sorts all before it
            int pages = Math.min(SiteQuery.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            List<Hit> hits = new ArrayList<>();
            if (query.page() <= pages) {
                ScoreDoc[] found = top.scoreDocs;
                int[] page = new int[Math.max(0, found.length - (query.page() - 1) * PAGE_SIZE)];
                for (int i = 0; i < page.length; i++) {
                    page[i] = found[(query.page() - 1) * PAGE_SIZE + i].doc;
                }
                Map<Integer, PageHit> read = read(page, matched);
                for (int hit : page) {
                    PageHit one = read.get(hit);
                    SearchDocument doc = one == null ? null : documents.get(one.id());
                    if (doc != null) {
                        hits.add(new Hit(doc, snippets.marked(doc.title(), matched), passage(doc, one.body(), matched)));
                    }
                }
            }
            List<String> suggestions = total == 0 ? suggestions(query) : List.of();
            return new SearchAnswer(query, total, pages, hits, suggestions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AlreadyClosedException e) {
            throw new Retired();
        } finally {
            release();
        }
    }

    private void release() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // closing an in-memory reader does not fail
        }
    }

    /** A hit of the page shown: its document's id, and where the query's terms are in its body. */
    private record PageHit(String id, List<int[]> body) {}

    /**
     * The ids of {@code docs} (index-wide numbers) and the offsets of {@code matched} in their
     * bodies, read segment by segment in document order: each term is looked up once per segment
     * and its postings walked forward, rather than once per hit. The offsets are those the
     * postings keep, so a long post is not tokenized, stemmed and paired again at every search
     * that finds it.
     */
    private Map<Integer, PageHit> read(int[] docs, Set<String> matched) throws IOException {
        int[] sorted = docs.clone();
        Arrays.sort(sorted);
        List<BytesRef> terms = matched.stream().map(BytesRef::new).toList();
        Map<Integer, PageHit> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            int from = firstAtLeast(sorted, leaf.docBase);
            int to = firstAtLeast(sorted, leaf.docBase + leaf.reader().maxDoc());
            if (from == to) {
                continue;
            }
            Map<Integer, List<int[]>> spans = new HashMap<>();
            Terms body = leaf.reader().terms(BODY);
            TermsEnum each = body == null ? null : body.iterator();
            for (BytesRef term : each == null ? List.<BytesRef>of() : terms) {
                if (!each.seekExact(term)) {
                    continue;
                }
                PostingsEnum postings = each.postings(null, PostingsEnum.OFFSETS);
                for (int i = from; i < to; i++) {
                    int local = sorted[i] - leaf.docBase;
                    int at = postings.docID() < local ? postings.advance(local) : postings.docID();
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == local) {
                        List<int[]> found = spans.computeIfAbsent(sorted[i], d -> new ArrayList<>());
                        // positions come in order: the first few are the ones a passage near the start shows
                        for (int n = Math.min(postings.freq(), OFFSETS_PER_TERM); n > 0; n--) {
                            postings.nextPosition();
                            found.add(new int[] {postings.startOffset(), postings.endOffset()});
                        }
                    }
                }
            }
            BinaryDocValues ids = leaf.reader().getBinaryDocValues(ID);
            for (int i = from; i < to && ids != null; i++) {
                if (ids.advanceExact(sorted[i] - leaf.docBase)) {
                    out.put(sorted[i], new PageHit(ids.binaryValue().utf8ToString(),
                            Snippets.merged(spans.getOrDefault(sorted[i], List.of()))));
                }
            }
        }
        return out;
    }

    /** The index of the first of {@code sorted} that is at least {@code value}. */
    private static int firstAtLeast(int[] sorted, int value) {
        int i = Arrays.binarySearch(sorted, value);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == value) {
            i--;
        }
        return i;
    }

    /**
     * What a result quotes: a passage of its body around the first term matched there, or for a
     * paper without an abstract (and for news), its authors and venue.
     */
    private List<Fragment> passage(SearchDocument doc, List<int[]> bodyMatches, Set<String> matched) {
        if (doc.body().isEmpty() || doc.kind() == SearchKind.NEWS) {
            String byline = String.join(" · ", List.of(doc.authors(), doc.venue()).stream()
                    .filter(s -> !s.isEmpty()).toList());
            return snippets.passage(byline, matched);
        }
        return Snippets.passage(doc.body(), bodyMatches);
    }

    private Optional<Query> query(SiteQuery query, Set<String> matched) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean wanted = false;
        for (Clause clause : query.clauses()) {
            Optional<Query> part = switch (clause.field()) {
                case YEAR -> Optional.of(new TermQuery(new Term(YEAR, clause.text())));
                case KIND -> Optional.of(new TermQuery(new Term(KIND, clause.text())));
                case TITLE -> text(clause.text(), Map.of("title", 1f), clause.excluded() ? null : matched);
                case AUTHOR -> text(clause.text(), Map.of("authors", 1f), clause.excluded() ? null : matched);
                case TAG -> text(clause.text(), Map.of("tags", 1f), clause.excluded() ? null : matched);
                case ANY -> text(clause.text(), TEXT_FIELDS, clause.excluded() ? null : matched);
            };
            if (part.isPresent()) {
                all.add(part.get(), clause.excluded() ? Occur.MUST_NOT : Occur.MUST);
                wanted |= !clause.excluded();
            }
        }
        return wanted ? Optional.of(all.build()) : Optional.empty();
    }

    /** {@code text} in any of {@code fields}: one term, or the terms in a row (a phrase, a CJK word's pairs). */
    private Optional<Query> text(String text, Map<String, Float> fields, Set<String> matched) {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = terms.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken() && tokens.size() < MAX_TERMS_PER_CLAUSE) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        if (matched != null) {
            matched.addAll(tokens);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        fields.forEach((field, boost) -> {
            Query q;
            if (tokens.size() == 1) {
                q = new TermQuery(new Term(field, tokens.get(0)));
            } else {
                PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                for (int i = 0; i < tokens.size(); i++) {
                    phrase.add(new Term(field, tokens.get(i)), positions.get(i));
                }
                q = phrase.build();
            }
            any.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        });
        return Optional.of(any.build());
    }

    /** For each word typed that no document has, the indexed word nearest to it (at most two edits away). */
    private List<String> suggestions(SiteQuery query) throws IOException {
        Terms words = MultiTerms.getTerms(reader, WORDS);
        if (words == null) {
            return List.of();
        }
        Bits live = MultiBits.getLiveDocs(reader);
        Set<String> out = new LinkedHashSet<>();
        for (Clause clause : query.clauses()) {
            if (clause.excluded() || clause.field() == SiteQuery.Field.YEAR || clause.field() == SiteQuery.Field.KIND) {
                continue;
            }
            try (TokenStream stream = WORD_ANALYZER.tokenStream(WORDS, clause.text())) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken() && out.size() < SUGGESTIONS) {
                    String word = term.toString();
                    if (word.length() >= 3 && !had(words, word, live)) {
                        nearestWords.get(word, w -> nearest(words, w, live)).ifPresent(out::add);
                    }
                }
                stream.end();
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> nearest(Terms words, String word, Bits live) {
        try {
            return nearestInIndex(words, word, live);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory index does not fail to read
        }
    }

    /**
     * The indexed word nearest to {@code word} that a live document has: a reload replaces a
     * changed document with a new one, and the old one's words stay in the index (as deleted)
     * until its segments are merged.
     */
    private static Optional<String> nearestInIndex(Terms words, String word, Bits live) throws IOException {
        // two edits only for long words: the automaton for two grows quickly, and "did you mean" is a hint
        int edits = word.length() < 7 ? 1 : 2;
        FuzzyTermsEnum near = new FuzzyTermsEnum(words, new Term(WORDS, word), edits, 1, true);
        String best = null;
        float bestBoost = -1;
        int bestFreq = -1;
        int seen = 0;
        for (BytesRef candidate = near.next(); candidate != null && seen < 200; candidate = near.next(), seen++) {
            float boost = near.getBoost();
            int freq = near.docFreq();
            if ((boost > bestBoost || (boost == bestBoost && freq > bestFreq)) && anyLive(near, live)) {
                best = candidate.utf8ToString();
                bestBoost = boost;
                bestFreq = freq;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a live document has {@code word}. */
    private static boolean had(Terms words, String word, Bits live) throws IOException {
        TermsEnum term = words.iterator();
        return term.seekExact(new BytesRef(word)) && anyLive(term, live);
    }

    private static boolean anyLive(TermsEnum term, Bits live) throws IOException {
        if (live == null) {
            return true; // nothing deleted
        }
        PostingsEnum docs = term.postings(null, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live.get(doc)) {
                return true;
            }
        }
        return false;
    }

    private static Document lucene(SearchDocument doc) {
        Document d = new Document();
        d.add(new StringField(ID, doc.id(), Store.NO)); // to find it when it changes
        d.add(new BinaryDocValuesField(ID, new BytesRef(doc.id()))); // to name a hit
        d.add(new StringField(KIND, doc.kind().key(), Store.NO));
        doc.year().ifPresent(y -> d.add(new StringField(YEAR, String.valueOf(y), Store.NO)));
        d.add(new NumericDocValuesField(DATE, doc.date()));
        d.add(new TextField("title", doc.title(), Store.NO));
        d.add(new TextField("key", doc.key(), Store.NO));
        d.add(new TextField("authors", doc.authors(), Store.NO));
        d.add(new TextField("tags", doc.tags(), Store.NO));
        d.add(new TextField("headings", doc.headings(), Store.NO));
        d.add(new TextField("venue", doc.venue(), Store.NO));
        d.add(new Field(BODY, doc.body(), BODY_TYPE));
        d.add(new TextField(WORDS, String.join("\n", doc.title(), doc.authors(), doc.tags(), doc.headings(),
                doc.venue()), Store.NO));
        return d;
    }
}
