package io.github.conglongli.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes what a visitor can type into the search box (the input's bytes read as UTF-8) against a
 * small index holding Latin, accented, Chinese and Japanese text. Every query is either refused
 * with a problem to show (the server's 400) or answered (200): nothing throws, the canonical form
 * is bounded and reads back the same, and a page never holds more than its size. Seeds are in
 * {@code SiteQueryFuzzTestInputs/}.
 */
class SiteQueryFuzzTest {

    private static final SearchIndex INDEX = SearchIndex.of(List.of(
            doc("a", "Data Efficiency at Scale", "Ada Lovelace", "We study scaling laws."),
            doc("b", "Schrödinger Bridges", "Grace Hopper", "Wave functions of looms."),
            doc("c", "データ効率の研究", "", "大規模モデルのデータ効率について。"),
            doc("d", "数据效率笔记", "", "我们讨论数据效率。")));

    private static SearchDocument doc(String id, String title, String authors, String body) {
        return new SearchDocument(id, SearchKind.PAPER, "/" + id, title, "", authors, "", "", "", body,
                Optional.of(2024), 20240101, Optional.empty());
    }

    @FuzzTest(maxDuration = "5s")
    void anyQueryIsAnsweredOrRefusedWithAReason(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);
        SiteQuery query = SiteQuery.parse(typed, input.length % 60);

        assertTrue(query.text().length() <= SiteQuery.MAX_LENGTH, () -> "unbounded: " + query.text().length());
        assertTrue(query.clauses().size() <= SiteQuery.MAX_CLAUSES);
        assertEquals(query, SiteQuery.parse(query.text(), query.page()), "the canonical form reads back the same");
        if (query.problem().isPresent() || query.isEmpty()) {
            return; // 400 with the problem's message, or the bare search page
        }
        SearchAnswer answer = INDEX.find(query);
        assertTrue(answer.hits().size() <= SearchIndex.PAGE_SIZE);
        assertTrue(answer.total() >= answer.hits().size());
    }
}
