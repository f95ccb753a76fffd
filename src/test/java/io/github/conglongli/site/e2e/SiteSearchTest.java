package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /search} over every kind of content, through HTTP: each query below names what it
 * must find, in the order it must find it. Japanese and Chinese are found without spaces,
 * accents and case fold, English words stem.
 */
@Timeout(60)
class SiteSearchTest {

    static String post(String title, String body, String... more) {
        return "---\ntitle: " + title + "\n" + String.join("\n", more) + (more.length > 0 ? "\n" : "") + "---\n"
                + body + "\n";
    }

    static SiteFixture fixture() {
        SiteFixture site = SiteFixture.minimal()
                .publication(p -> p.title("Data Efficiency at Scale").authors("Ada Lovelace", "Grace Hopper")
                        .venue("ICML 2023").type("conference").year(2023)
                        .abstractText("We study scaling laws for curriculum learning on analytical engines."))
                .publication(p -> p.title("Schrödinger Bridges for Weaving").authors("Ada Lovelace")
                        .venue("NeurIPS 2021").type("conference").year(2021))
                .publication(p -> p.title("Punched Card Compression").authors("Charles Babbage")
                        .venue("HiPC 2022").type("conference").year(2022)
                        .abstractText("Better data efficiency for punched cards, and efficiency of storage."))
                .publication(p -> p.title("Efficiency of Looms").authors("Charles Babbage").venue("Letters 2015")
                        .type("journal").year(2015))
                .publication(p -> p.title("Efficiency of Gears").authors("Charles Babbage").venue("Letters 2019")
                        .type("journal").year(2019))
                .publication(p -> p.title("Measuring $O(n^2)$ Spindles").authors("Charles Babbage")
                        .venue("Lakeside Lab").venueFull("Lakeside Lab").type("workshop").year(2018))
                .file("posts/2024-03-01-data.md", post("データ効率の研究", "大規模モデルのデータ効率について書きます。",
                        "tags: [機械学習]"))
                .file("posts/2024-04-01-notes.md", post("数据效率笔记", "我们讨论数据效率和训练方法。"))
                .file("posts/2024-05-01-engines.md", post("Engines Weekly", "## Oiling the mill\n\nText about gears.",
                        "tags: [Engines]"))
                .file("pages/group/join.md", post("Join the group", "## Open positions\n\nWe hire weavers."))
                .file("posts/2024-06-01-long.md", post("A long diary", "Spinning wheels turn slowly.\n\n".repeat(1200)
                        + "At last the quipu archive was found."))
                .file("talks.yaml", """
                        talks:
                          - title: Engines in a Kilobyte
                            event: Edge Summit 2024
                            date: 2024-01-15
                            kind: keynote
                            abstract: How far can **one bit** go? See [the notes](https://notes.example.org).
                        """);
        for (int i = 1; i <= 12; i++) {
            int n = i;
            site.publication(p -> p.title("Loom Study " + n).authors("Alan Turing").venue("Workshop " + (2000 + n))
                    .type("workshop").year(2000 + n));
        }
        return site;
    }

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(fixture());

    static Document search(String query) {
        return page("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), 200);
    }

    static Document page(String url, int status) {
        return serving.http().page(url, status);
    }

    static List<String> titles(Document doc) {
        return doc.select(".search-result h2").eachText();
    }

    @Test
    void japaneseIsFoundWithoutSpaces() {
        Document doc = search("データ");
        assertEquals(List.of("データ効率の研究"), titles(doc));
        assertEquals(List.of("データ"), doc.select(".search-result h2 mark").eachText());
        assertEquals("Post", doc.select(".search-kind").text());
    }

    @Test
    void chineseIsFoundByAWordInsideAnother() {
        assertEquals(List.of("数据效率笔记"), titles(search("效率")));
    }

    @Test
    void aSingleChineseOrJapaneseCharacterIsFound() {
        Document doc = search("效");
        assertEquals(List.of("数据效率笔记"), titles(doc));
        assertEquals(List.of("效"), doc.select(".search-result h2 mark").eachText());
        assertEquals(List.of("データ効率の研究"), titles(search("効")));
    }

    @Test
    void aTitleShowsItsMathAsTextAndAVenueWrittenTwiceOnce() {
        Document doc = search("spindles");
        assertEquals(List.of("Measuring O(n²) Spindles"), titles(doc));
        String snippet = doc.selectFirst(".search-result").text();
        assertEquals(1, snippet.split("Lakeside Lab", -1).length - 1, snippet);
    }

    @Test
    void accentsAndCaseFold() {
        assertEquals(List.of("Schrödinger Bridges for Weaving"), titles(search("SCHRODINGER")));
    }

    @Test
    void englishWordsAreStemmed() {
        Document doc = search("scaling");
        assertEquals(List.of("Data Efficiency at Scale"), titles(doc));
        assertEquals(List.of("Scale"), doc.select(".search-result h2 mark").eachText(), "scaling finds scale");
    }

    @Test
    void titleMatchesRankAboveBodyMatchesAndRecentAboveOldOnTies() {
        List<String> found = titles(search("efficiency"));
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.indexOf("Efficiency of Gears") < found.indexOf("Efficiency of Looms"), "2019 before 2015");
        assertEquals("Punched Card Compression", found.get(3), "the only match in a body comes last");
    }

    @Test
    void aPhraseMatchesItsWordsInARow() {
        assertEquals(List.of("Data Efficiency at Scale", "Punched Card Compression"),
                titles(search("\"data efficiency\"")));
    }

    @Test
    void aMinusLeavesOut() {
        assertEquals(List.of("Efficiency of Gears", "Data Efficiency at Scale", "Punched Card Compression"),
                titles(search("efficiency -looms")));
    }

    @Test
    void fieldPrefixesSearchOneField() {
        assertEquals(List.of("Data Efficiency at Scale"), titles(search("author:hopper")));
        assertEquals(List.of("Efficiency of Looms"), titles(search("efficiency year:2015")));
        assertEquals(List.of("Engines Weekly"), titles(search("tag:engines")));
        assertEquals(List.of("Engines in a Kilobyte"), titles(search("engines kind:talk")));
        assertEquals(List.of("Join the group"), titles(search("positions")), "a page, by a heading");
    }

    @Test
    void resultsArePagedWithTheirCount() {
        Document first = search("loom");
        assertEquals(10, titles(first).size());
        assertEquals("13 results for “loom”, page 1 of 2", first.select("p.result").text());
        String next = first.select(".pager a[rel=next]").attr("href");
        assertEquals("/search?q=loom&page=2", next);
        Document second = page(next, 200);
        assertEquals(3, titles(second).size());
        assertEquals("/search?q=loom", second.select(".pager a[rel=prev]").attr("href"));
    }

    @Test
    void aSnippetMarksTheMatchedTerms() {
        Document doc = search("curriculum");
        assertEquals(List.of("curriculum"), doc.select(".snippet mark").eachText());
        assertTrue(doc.select(".snippet").text().startsWith("We study scaling laws"), doc.select(".snippet").text());
    }

    @Test
    void aSnippetQuotesALongPostWhereItMatchesEvenFarDown() {
        Document doc = search("quipu");
        assertEquals(List.of("quipu"), doc.select(".snippet mark").eachText());
        String snippet = doc.select(".snippet").text();
        assertTrue(snippet.startsWith("… ") && snippet.endsWith("At last the quipu archive was found."), snippet);
    }

    @Test
    void aSnippetMarksJapaneseAndChineseInsideLongerWords() {
        assertEquals(List.of("データ"), search("データ").select(".snippet mark").eachText());
        assertEquals(List.of("效率"), search("效率").select(".snippet mark").eachText());
    }

    @Test
    void aSnippetShowsMarkdownAsItReads() {
        assertEquals("How far can one bit go? See the notes.", search("kilobyte").select(".snippet").text()
                .replace("Edge Summit 2024 ", ""));
    }

    @Test
    void noResultsSuggestTheClosestWords() {
        Document doc = search("efficency");
        assertEquals(List.of(), titles(doc));
        assertEquals("Nothing matches “efficency”.", doc.select(".search-message").text());
        assertEquals(List.of("efficiency"), doc.select(".suggestions a").eachText());
        assertEquals("/search?q=efficiency", doc.select(".suggestions a").attr("href"));
    }

    @Test
    void searchPagesStayOutOfSearchEngines() {
        HttpResponse<byte[]> response = serving.http().get("/search?q=loom");
        assertEquals("noindex", response.headers().firstValue("X-Robots-Tag").orElse(""));
        Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("noindex", doc.select("meta[name=robots]").attr("content"));
        String sitemap = new String(serving.http().get("/sitemap.xml").body(), StandardCharsets.UTF_8);
        assertFalse(sitemap.contains("/search"), sitemap);
    }

    @Test
    void everyPageHasOneLabelledSearchFormInItsHeader() {
        for (String path : List.of("/", "/publications", "/blog/data", "/group/join", "/talks")) {
            Document doc = page(path, 200);
            var form = doc.select("header form[role=search]");
            assertEquals(1, form.size(), path);
            assertEquals("/search", form.attr("action"), path);
            assertEquals("get", form.attr("method"), path);
            String id = form.select("input[name=q]").attr("id");
            assertEquals("Search this site", form.select("label[for=" + id + "]").text(), path);
        }
    }

    @Test
    void badQueriesGetAMessageAndStatus400() {
        assertEquals("year: takes a year of four digits, not “abc”.",
                page("/search?q=year%3Aabc", 400).select(".search-message").text());
        assertEquals("Say what to find as well as what to leave out.",
                page("/search?q=-looms", 400).select(".search-message").text());
        assertEquals("That is too many terms: a search takes at most 12.",
                page("/search?q=" + "a%20".repeat(20), 400).select(".search-message").text());
        page("/search?q=" + "x".repeat(5000), 200);
        page("/search?q=%2A%3F~%5B%5D%7B%7D%5E%5C%2F", 200);
    }

    @Test
    void theSearchSpeaksTheSiteLanguage() throws Exception {
        for (String[] expected : new String[][] {
                {"zh", "搜索本站", "“效率”共有 1 条结果", "没有与“zzzz”匹配的内容。"},
                {"ja", "このサイトを検索", "「効率」の検索結果：1 件", "「zzzz」に一致するものはありません。"}}) {
            TestSite site = serving.start(fixture().site(s -> s.language(expected[0])));
            Document found = Jsoup.parse(site.http.text("/search?q=" + URLEncoder.encode(
                    expected[0].equals("zh") ? "效率" : "効率", StandardCharsets.UTF_8)));
            assertEquals(expected[1], found.select("header form[role=search] label").text(), expected[0]);
            assertEquals(expected[2], found.select("p.result").text(), expected[0]);
            Document none = Jsoup.parse(site.http.text("/search?q=zzzz"));
            assertEquals(expected[3], none.select(".search-message").text(), expected[0]);
        }
    }

    @Test
    void hostileQueriesAreAnsweredWith200Or400() {
        List<String> hostile = List.of("%00%00", "%22".repeat(300), "数据".repeat(150), "author%3A", "kind%3A",
                "year%3A", "-%22%22", "a%20OR%20b%20AND%20NOT%20c", "title%3A*%20tag%3A%3F", "%E2%80%AE%F0%9F%98%80",
                "q&page=-1", "q&page=99999999999", "q&page=abc", "-a%20-b%20-c", "%ED%A0%80");
        for (String q : hostile) {
            int status = serving.http().get("/search?q=" + q).statusCode();
            assertTrue(status == 200 || status == 400, q + " answered " + status);
        }
    }

    @Test
    void theBareSearchPageInvitesAQuery() {
        Document doc = page("/search", 200);
        assertEquals("Search", doc.select("h1").text());
        assertEquals(1, doc.select("main form[role=search]").size());
    }
}
