package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering and search on /publications, with query parameters and no JavaScript. */
class SearchTest {

    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Document get(String url) {
        HttpResponse<byte[]> response = site.http.get(url);
        assertEquals(200, response.statusCode(), url);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    static List<String> venues(Document doc) {
        return doc.select("article.pub .venue").eachText();
    }

    @Test
    void filtersCombineAndKeepTheYearGrouping() {
        Document doc = get("/publications?year=2022&type=conference");
        assertEquals(List.of("HiPC 2022", "NeurIPS 2022", "NeurIPS 2022", "NeurIPS 2022", "ICML 2022"), venues(doc));
        assertEquals(List.of("2022"), doc.select("section.year h2").eachText());
        assertEquals("5 of 20 publications match year 2022, type conference. Show all", doc.select(".result").text());
        assertEquals("noindex", doc.select("meta[name=robots]").attr("content"), "variants stay out of search engines");
        assertEquals("https://conglongli.github.io/publications", doc.select("link[rel=canonical]").attr("href"));
    }

    @Test
    void eachFilterWorksAlone() {
        assertEquals(List.of("ACM TACO 2013"), venues(get("/publications?type=journal")));
        assertEquals(List.of("HiPC 2022", "NeurIPS 2022", "CoNEXT 2015"), venues(get("/publications?award=1")));
        assertEquals(List.of("NeurIPS 2023 AI for Science Workshop", "NeurIPS 2022", "NeurIPS 2022", "NeurIPS 2022"),
                venues(get("/publications?venue=NeurIPS")));
        assertEquals(3, venues(get("/publications?type=preprint")).size());
        assertEquals(List.of("ICLR 2023", "ICML 2021"), venues(get("/publications?q=Adam")));
        assertEquals(List.of("SIGMOD 2020", "MLSys 2019", "WWW 2018", "SoCC 2017", "ANCS 2017", "CoNEXT 2015"),
                venues(get("/publications?q=david+andersen")), "all words must match, in authors too");
        assertEquals(List.of("EuroSys 2015"), venues(get("/publications?q=%20gd-wheel%20")));
    }

    @Test
    void anEmptyResultSaysSo() {
        Document doc = get("/publications?q=quantum+gravity");
        assertEquals(0, doc.select("article.pub").size());
        assertEquals("No publications match “quantum gravity”. Show all", doc.select(".result").text());
        assertEquals("No publications match year abc.", get("/publications?year=abc").select(".result").text().replace(" Show all", ""));
    }

    @Test
    void theFormAndLinksCarryTheCurrentFilters() {
        Document doc = get("/publications?year=2022&q=bit");
        assertEquals("bit", doc.select("input[name=q]").val());
        assertEquals("2022", doc.select("input[type=hidden][name=year]").val());
        assertEquals("/publications?q=bit", doc.select(".filter-links a[aria-current=true]").first().attr("href"),
                "the current year's link turns the filter off");
        assertEquals("/publications?q=bit&view=compact&year=2022",
                doc.select(".filter-links a:contains(Compact)").attr("href"));
    }

    @Test
    void theCompactViewListsTitlesOnly() {
        Document doc = get("/publications?view=compact");
        assertEquals(20, doc.select("article.pub").size());
        assertEquals(0, doc.select("article.pub .pub-authors").size());
        assertEquals("true", doc.select(".filter-links a:contains(Compact)").attr("aria-current"));
        assertEquals("/publications", doc.select(".filter-links a:contains(Expanded)").attr("href"));
    }

    @Test
    void unknownParametersAreIgnoredAndResultsAreCached() {
        HttpResponse<byte[]> plain = site.http.get("/publications");
        HttpResponse<byte[]> tracked = site.http.get("/publications?utm_source=newsletter");
        assertEquals(plain.headers().firstValue("ETag"), tracked.headers().firstValue("ETag"));
        HttpResponse<byte[]> first = site.http.get("/publications?q=caching&type=conference");
        HttpResponse<byte[]> second = site.http.get("/publications?type=conference&q=caching&x=1");
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"), "same canonical query");
        assertEquals(304, site.http.get("/publications?q=caching&type=conference",
                "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void manyDistinctQueriesAreAnsweredWithoutTroubleAndStayBounded() {
        for (int i = 0; i < 300; i++) {
            assertEquals(200, site.http.get("/publications?q=word" + i + "&year=20" + (i % 30)).statusCode());
        }
        assertTrue(get("/publications?q=" + "x".repeat(5000)).select("input[name=q]").val().length() <= 100,
                "long values are cut");
    }
}
