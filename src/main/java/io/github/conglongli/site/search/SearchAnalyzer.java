package io.github.conglongli.site.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes searchable terms, for the index and for queries alike: Unicode word breaks,
 * full-width letters made narrow, lower case, Latin accents folded ("Schrödinger" is
 * "schrodinger"), Chinese and Japanese as overlapping pairs of characters (so "效率" is found
 * inside "数据效率" without a dictionary), English words stemmed ("scaling" is "scale").
 * Dictionary segmenters (kuromoji, smartcn) would rank CJK text a little better, at several
 * megabytes of jar and heap each; bigrams find everything they find.
 *
 * <p>The index also keeps each CJK character alone ({@link #indexing()}), so that a query of one
 * character finds it; a longer query is searched as its pairs in a row ({@link #querying()}).
 * {@link #words()} is the same without stemming and pairing, for "did you mean" suggestions that
 * read as words.
 */
final class SearchAnalyzer extends Analyzer {

    private enum Use { INDEXING, QUERYING, WORDS }

    private final Use use;

    private SearchAnalyzer(Use use) {
        this.use = use;
    }

    static SearchAnalyzer indexing() {
        return new SearchAnalyzer(Use.INDEXING);
    }

    static SearchAnalyzer querying() {
        return new SearchAnalyzer(Use.QUERYING);
    }

    static SearchAnalyzer words() {
        return new SearchAnalyzer(Use.WORDS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (use != Use.WORDS) {
            stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, use == Use.INDEXING);
            stream = new EnglishPossessiveFilter(stream);
            stream = new PorterStemFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }
}
