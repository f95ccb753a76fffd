package io.github.conglongli.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terms an export's search index holds (export --search): the server's analysis, but a run
 * of CJK characters kept whole, for the script to find a typed CJK word inside it. That the
 * script analyses typed words the same way is StaticSearchBrowserTest's.
 */
class BrowserIndexTest {

    @Test
    void wordsAreFoldedAndStemmedAsTheServerIndexesThem() {
        assertEquals(List.of("schroding", "cat", "scale", "cach", "naiv", "ss", "full"),
                BrowserIndex.terms("Schrödinger's cats scaling caches naïve ß ｆｕｌｌ"));
    }

    @Test
    void aRunOfCjkCharactersIsOneTermEndedByPunctuationOrSpace() {
        assertEquals(List.of("データ効率の研究", "数据", "效率", "gpu", "カタカナ"),
                BrowserIndex.terms("データ効率の研究、数据 效率 GPU ｶﾀｶﾅ"));
    }

    @Test
    void cjkRunsDoNotSwallowTheLatinWordsBesideThem() {
        assertEquals(List.of("3", "つ", "bert", "モデル"), BrowserIndex.terms("３つ BERTモデル"));
    }
}
