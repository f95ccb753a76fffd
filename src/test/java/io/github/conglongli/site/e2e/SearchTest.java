package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Filtering and search on /publications, with query parameters and no JavaScript. */
@Timeout(60)
class SearchTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .publication(p -> p.title("Engine-Chat: Conversations with an Engine").authors("Ada Lovelace", "Alan Kay")
                    .venue("arXiv preprint").type("preprint").arxiv("2309.14327"))
            .publication(p -> p.title("Engines4Science").authors("Grace Hopper", "Ada Lovelace")
                    .venue("NeurIPS 2023 AI for Science Workshop").type("workshop").year(2023))
            .publication(p -> p.title("Maximizing Communication Efficiency via 0/1 Adam")
                    .authors("Yucheng Lu", "Ada Lovelace", "Alan Turing").venue("ICLR 2023").type("conference").year(2023))
            .publication(p -> p.title("Countess: An Open Mechanical Calculator").authors("Charles Babbage").etAl()
                    .venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
            .publication(p -> p.title("1-bit Loom: Communication Efficient Weaving").authors("Ada Lovelace", "Charles Babbage")
                    .venue("HiPC 2022").type("conference").year(2022).award("Best Paper"))
            .publication(p -> p.title("Weaving Warmup").authors("Alan Turing", "Ada Lovelace")
                    .venue("NeurIPS 2022").type("conference").year(2022).award("Oral Paper"))
            .publication(p -> p.title("Extreme Compression of Punched Cards").authors("Ada Lovelace")
                    .venue("NeurIPS 2022").type("conference").year(2022))
            .publication(p -> p.title("Card Caching for Engines").authors("Ada Lovelace", "Grace Hopper")
                    .venue("ICML 2022").type("conference").year(2022))
            .publication(p -> p.title("1-bit Adam: Communication Efficient Training").authors("Ada Lovelace", "Alan Turing")
                    .venue("ICML 2021").type("conference").year(2021))
            .publication(p -> p.title("Reducing Gear Row Activations").authors("Charles Babbage", "Ada Lovelace")
                    .venue("ACM TACO 2019").type("journal").year(2019))
            .publication(p -> p.title("GD-Wheel: A Cost-Aware Replacement Policy").authors("Ada Lovelace", "Alan Turing")
                    .venue("EuroSys 2015").type("conference").year(2015).award("Best Paper Nominee")));

    static Document get(String url) {
        return serving.http().page(url);
    }

    static List<String> venues(Document doc) {
        return doc.select("article.pub .venue").eachText();
    }

    @Test
    void filtersCombineAndKeepTheYearGrouping() {
        Document doc = get("/publications?year=2022&type=conference");
        assertEquals(List.of("HiPC 2022", "NeurIPS 2022", "NeurIPS 2022", "ICML 2022"), venues(doc),
                "not the 2022 preprint");
        assertEquals(List.of("2022"), doc.select("section.year h2").eachText());
        assertEquals("4 of 11 publications match year 2022, type Conference. Show all", doc.select(".result").text());
        assertEquals("noindex", doc.select("meta[name=robots]").attr("content"), "variants stay out of search engines");
        assertEquals("https://ada.example.org/publications", doc.select("link[rel=canonical]").attr("href"));
    }

    @Test
    void eachFilterWorksAlone() {
        assertEquals(List.of("ACM TACO 2019"), venues(get("/publications?type=journal")));
        assertEquals(List.of("HiPC 2022", "NeurIPS 2022", "EuroSys 2015"), venues(get("/publications?award=1")));
        assertEquals(List.of("NeurIPS 2023 AI for Science Workshop", "NeurIPS 2022", "NeurIPS 2022"),
                venues(get("/publications?venue=NeurIPS")));
        assertEquals(2, venues(get("/publications?type=preprint")).size());
        assertEquals(List.of("ICLR 2023", "ICML 2021"), venues(get("/publications?q=Adam")));
        assertEquals(List.of("ICLR 2023", "NeurIPS 2022", "ICML 2021", "EuroSys 2015"),
                venues(get("/publications?q=alan+turing")), "all words must match, in authors too (not Alan Kay's)");
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
        assertEquals("bit", doc.select(".filters input[name=q]").val());
        assertEquals("2022", doc.select("input[type=hidden][name=year]").val());
        assertEquals("/publications?q=bit", doc.select(".filter-links a[aria-current=true]").first().attr("href"),
                "the current year's link turns the filter off");
        assertEquals("/publications?q=bit&view=compact&year=2022",
                doc.select(".filter-links a:contains(Compact)").attr("href"));
    }

    @Test
    void theCompactViewListsTitlesOnly() {
        Document doc = get("/publications?view=compact");
        assertEquals(11, doc.select("article.pub").size());
        assertEquals(0, doc.select("article.pub .pub-authors").size());
        assertEquals("true", doc.select(".filter-links a:contains(Compact)").attr("aria-current"));
        assertEquals("/publications", doc.select(".filter-links a:contains(Expanded)").attr("href"));
    }

    @Test
    void unknownParametersAreIgnoredAndResultsAreCached() {
        HttpResponse<byte[]> plain = serving.http().get("/publications");
        HttpResponse<byte[]> tracked = serving.http().get("/publications?utm_source=newsletter");
        assertEquals(plain.headers().firstValue("ETag"), tracked.headers().firstValue("ETag"));
        HttpResponse<byte[]> first = serving.http().get("/publications?q=caching&type=conference");
        HttpResponse<byte[]> second = serving.http().get("/publications?type=conference&q=caching&x=1");
        assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"), "same canonical query");
        assertEquals(304, serving.http().get("/publications?q=caching&type=conference",
                "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void manyDistinctQueriesAreAnsweredWithoutTroubleAndStayBounded() {
        for (int i = 0; i < 300; i++) {
            assertEquals(200, serving.http().get("/publications?q=word" + i + "&year=20" + (i % 30)).statusCode());
        }
        assertTrue(get("/publications?q=" + "x".repeat(5000)).select(".filters input[name=q]").val().length() <= 100,
                "long values are cut");
    }
}
