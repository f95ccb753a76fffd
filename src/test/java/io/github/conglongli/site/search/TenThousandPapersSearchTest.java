package io.github.conglongli.site.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries the site search promises, on a site of 10,000 papers and 100 posts where a few
 * documents are planted among generated ones: each query finds exactly the planted documents it
 * should, in the order it should, and the counts are exact well beyond a thousand. Numbers are
 * counted, never timed (the timing is bench/search's).
 */
@Timeout(180)
class TenThousandPapersSearchTest {

    private static final int PAPERS = 10_000;
    private static final List<String> TOPICS = List.of("Compilers", "Looms", "Engines", "Gears", "Spindles",
            "Pulleys", "Levers", "Cogs");

    @TempDir
    static Path dir;
    static InProcessSite site;
    static SearchIndex index;

    @BeforeAll
    static void build() {
        SiteFixture fixture = SiteFixture.minimal();
        for (int i = 0; i < PAPERS; i++) {
            int n = i;
            // every generated title says "Study"; years run 1995-2024 in turn; some abstracts are planted
            fixture.publication(p -> p.title("A Study of " + TOPICS.get(n % TOPICS.size()) + " number " + n)
                    .authors("Author " + (n % 97), "Coauthor " + (n % 89)).venue("Venue " + (n % 50))
                    .type(n % 3 == 0 ? "journal" : "conference").year(1995 + n % 30)
                    .abstractText(generatedAbstract(n)));
        }
        fixture.publication(p -> p.title("Schrödinger Bridges for Weaving").authors("Zelda Quill")
                        .venue("Planted 2030").type("conference").year(2030))
                .publication(p -> p.title("Pelican Scale Laws").authors("Zelda Quill").venue("Planted 2030")
                        .type("conference").year(2030))
                .publication(p -> p.title("Heron Counting").authors("Zelda Quill").venue("Planted 2001")
                        .type("journal").year(2001))
                .publication(p -> p.title("Wading Birds").authors("Someone Else").venue("Planted 2031")
                        .type("journal").year(2031).abstractText("We also count the heron, in passing."))
                .publication(p -> p.title("Ibis Migration").authors("Someone Else").venue("Planted 2003")
                        .type("journal").year(2003))
                .publication(p -> p.title("Ibis Nesting").authors("Someone Else").venue("Planted 2020")
                        .type("journal").year(2020));
        for (int i = 1; i <= 100; i++) {
            fixture.file("posts/2024-01-%02d-note-%d.md".formatted(1 + i % 28, i),
                    post("Workshop note " + i, "Notes from the weaving workshop, part " + i + "."));
        }
        fixture.file("posts/2024-03-01-data.md", post("データ効率の研究", "大規模モデルのデータ効率について書きます。"))
                .file("posts/2024-04-01-notes.md", post("数据效率笔记", "我们讨论数据效率和训练方法。"));
        site = InProcessSite.built(fixture, dir);
        index = site.served().search().await(Duration.ofSeconds(120)).orElseThrow();
    }

    /** Ten papers say "quokka habitat" in a row, ten more both words apart, seven "quokka" alone. */
    private static String generatedAbstract(int n) {
        if (n % 1000 == 7) {
            return "We map the quokka habitat across islands.";
        }
        if (n % 1000 == 8) {
            return "The habitat of one quokka, followed for a year.";
        }
        if (n % 1000 == 9 && n < 7000) {
            return "A quokka, alone.";
        }
        return "We measure " + TOPICS.get((n / 7) % TOPICS.size()).toLowerCase() + " under load.";
    }

    private static String post(String title, String body) {
        return "---\ntitle: \"" + title + "\"\n---\n" + body + "\n";
    }

    private static SearchAnswer find(String typed) {
        return index.find(SiteQuery.parse(typed, 1));
    }

    private static List<String> titles(SearchAnswer answer) {
        return answer.hits().stream().map(h -> h.document().title()).toList();
    }

    @Test
    void theWholeSiteIsIndexed() {
        assertEquals(PAPERS + 6 + 102, index.size(), "10,006 papers, 102 posts");
    }

    @Test
    void japaneseIsFoundInsideALongerWordAndMarked() {
        SearchAnswer answer = find("データ");
        assertEquals(1, answer.total());
        assertEquals(List.of("データ効率の研究"), titles(answer));
        Document page = Jsoup.parse(new String(site.served().find(SiteQuery.parse("データ", 1), Duration.ofSeconds(5))
                .body(), StandardCharsets.UTF_8));
        assertEquals(List.of("データ"), page.select(".search-result h2 mark").eachText());
        assertEquals(List.of("データ"), page.select(".search-result .snippet mark").eachText());
    }

    @Test
    void chineseIsFoundInsideALongerWord() {
        SearchAnswer answer = find("效率");
        assertEquals(1, answer.total());
        assertEquals(List.of("数据效率笔记"), titles(answer));
    }

    @Test
    void accentsFold() {
        assertEquals(List.of("Schrödinger Bridges for Weaving"), titles(find("schrodinger")));
        assertEquals(List.of("Schrödinger Bridges for Weaving"), titles(find("SCHRÖDINGER")));
    }

    @Test
    void englishWordsAreStemmed() {
        assertEquals(List.of("Pelican Scale Laws"), titles(find("pelican scaling")));
    }

    @Test
    void countsAreExactWellBeyondAThousandAndPagesReachTheEnd() {
        SearchAnswer study = find("study");
        assertEquals(PAPERS, study.total(), "every generated title");
        assertEquals(SiteQuery.MAX_PAGE, study.pages(), "pages stop at the last one a query may ask for");
        assertEquals(10, index.find(SiteQuery.parse("study", SiteQuery.MAX_PAGE)).hits().size());
        Document last = Jsoup.parse(new String(site.served().find(SiteQuery.parse("study", SiteQuery.MAX_PAGE),
                Duration.ofSeconds(5)).body(), StandardCharsets.UTF_8));
        assertTrue(last.select(".pager a[rel=next]").isEmpty(), "no next page after the last");
        assertEquals(1, last.select(".pager a[rel=prev]").size());
        int looms = 0;
        for (int n = 0; n < PAPERS; n++) {
            boolean inTitle = TOPICS.get(n % TOPICS.size()).equals("Looms");
            looms += inTitle || generatedAbstract(n).contains(" looms ") ? 1 : 0;
        }
        assertEquals(looms, find("looms").total(), "in titles, one in eight, and in other papers' abstracts");
    }

    @Test
    void aPhraseNeedsItsWordsInARowAndAMinusLeavesOut() {
        assertEquals(10, find("\"quokka habitat\"").total());
        assertEquals(20, find("quokka habitat").total());
        assertEquals(7, find("quokka -habitat").total());
    }

    @Test
    void fieldPrefixesSearchOneField() {
        assertEquals(3, find("author:quill").total());
        assertEquals(334, find("year:1999").total(), "10,000 papers over 30 years: 334 in 1999, nothing planted then");
        assertEquals(101, find("weaving").total(), "100 posts and a paper");
        assertEquals(100, find("kind:post weaving").total());
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndTheNewerAboveTheOlderOnTies() {
        assertEquals(List.of("Heron Counting", "Wading Birds"), titles(find("heron")),
                "the 2001 title above the 2031 abstract");
        assertEquals(List.of("Ibis Nesting", "Ibis Migration"), titles(find("ibis")), "2020 above 2003");
    }

    @Test
    void aTypoGetsTheNearestWord() {
        SearchAnswer answer = find("pelicna");
        assertEquals(0, answer.total());
        assertTrue(answer.suggestions().contains("pelican"), answer.suggestions().toString());
    }
}
