package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server on a random port, serving Ada's site: pages, caching, encodings, methods, files. */
@Timeout(60)
class ServingTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .site(s -> s.nav("Home", "/", "Publications", "/publications", "Experience", "/experience", "CV", "/cv")
                    .selectedPublications(6).recentPositions(3))
            .profile(p -> p.role("Senior Researcher").affiliation("Analytical Engines Ltd").team("Compiler team")
                    .emails("ada@example.org", "ada.lovelace@engines.example")
                    .link("Homepage", "https://ada.example.org", "ada.example.org")
                    .link("Google Scholar", "https://scholar.example.org/citations?user=ada0001", "Google Scholar")
                    .researchInterests("I work on making engines efficient via curriculum learning."))
            .publication(p -> p.title("Engine-Chat").authors("Ada Lovelace", "Alan Turing").venue("arXiv preprint")
                    .type("preprint").arxiv("2309.14327"))
            .publication(p -> p.title("Countess").authors("Charles Babbage").etAl().venue("arXiv preprint")
                    .type("preprint").arxiv("2211.05100"))
            .publication(p -> p.title("Card Efficiency").authors("Grace Hopper", "Ada Lovelace").venue("AAAI 2024")
                    .type("conference").year(2024))
            .publication(p -> p.title("Engines4Science").authors("Ada Lovelace").venue("NeurIPS 2023 Workshop")
                    .type("workshop").year(2023))
            .publication(p -> p.title("1-bit Loom").authors("Ada Lovelace", "Charles Babbage").venue("HiPC 2022")
                    .type("conference").year(2022).award("Best Paper"))
            .publication(p -> p.title("Weaving Warmup").authors("Alan Turing", "Ada Lovelace").venue("NeurIPS 2022")
                    .type("conference").year(2022).award("Oral Paper"))
            .publication(p -> p.title("GD-Wheel").authors("Ada Lovelace").venue("EuroSys 2020")
                    .type("conference").year(2020).award("Best Paper Nominee"))
            .publication(p -> p.title("Gear Rows").authors("Charles Babbage", "Ada Lovelace").venue("ACM TACO 2019")
                    .type("journal").year(2019))
            .position(p -> p.title("Senior Researcher").organization("Analytical Engines Ltd").start(2021).end("present"))
            .position(p -> p.title("Researcher").organization("Analytical Engines Ltd").start(2019).end(2021))
            .position(p -> p.title("Research Intern").organization("Royal Society").term("Summer").start(2017))
            .position(p -> p.title("Research Intern").organization("Royal Society").term("Summer").start(2016)));

    @BeforeAll
    static void putASecretNextToTheSite() throws Exception {
        // something outside static/ that traversal attempts would love to reach
        Files.writeString(serving.site().root.resolve("secret.txt"), "TOP-SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/publications", "/experience"})
    void everyPageIsServedAsHtmlWithOneH1AndLandmarks(String path, Http http) {
        HttpResponse<byte[]> response = http.get(path);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("en", doc.select("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        assertEquals(1, doc.select("header nav").size());
        assertEquals(1, doc.select("main#main").size());
        assertEquals(1, doc.select("footer").size());
        assertEquals(1, doc.select("a[aria-current=page]").size(), "current page marked in the nav");
        assertTrue(doc.select("script:not([type=application/ld+json])").isEmpty(), "no JavaScript outside dev mode");
        assertEquals(1, doc.select("link[rel=stylesheet]").size());
    }

    @Test
    void homeShowsProfileInterestsContactsPublicationsAndPositions(Http http) {
        Document doc = Jsoup.parse(http.text("/"));
        assertEquals("Ada Lovelace", doc.select("h1").text());
        assertEquals("Senior Researcher at Analytical Engines Ltd Compiler team", doc.select(".headline").text());
        assertTrue(doc.select("img").isEmpty(), "no photo configured, so no image at all");
        assertEquals("mailto:ada@example.org", doc.select(".contact a").get(0).attr("href"));
        assertEquals("mailto:ada.lovelace@engines.example", doc.select(".contact a").get(1).attr("href"));
        assertEquals("https://scholar.example.org/citations?user=ada0001", doc.select(".contact a").get(3).attr("href"));
        assertTrue(doc.text().contains("making engines efficient via curriculum learning."));
        assertEquals(6, doc.select("#home-pubs ~ ol .pub").size(), "6 of the 8 papers");
        assertEquals(3, doc.select("#home-positions ~ ol .entry").size(), "3 of the 4 positions");
        assertEquals("Recent publications", doc.select("#home-pubs").text(), "nothing is marked selected yet");
    }

    @Test
    void publicationsAreGroupedByYearNewestFirstWithBadgesAndOwnerHighlighted(Http http) {
        Document doc = Jsoup.parse(http.text("/publications"));
        assertEquals(List.of("2024", "2023", "2022", "2020", "2019"), doc.select("section.year > h2").eachText(),
                "the preprints' years come from their arXiv ids");
        assertEquals(8, doc.select("article.pub").size());
        assertEquals(List.of("Best Paper", "Oral Paper", "Best Paper Nominee"), doc.select(".badge").eachText());
        // Countess does not list the owner; every other paper bolds her exactly once
        assertEquals(7, doc.select("article.pub strong.me").size());
        doc.select("strong.me").forEach(e -> assertEquals("Ada Lovelace", e.text()));
        assertEquals("8 publications: 4 conference papers, 1 journal article, 1 workshop paper, 2 preprints",
                doc.select(".summary").text());
    }

    @Test
    void unknownPathGetsTheNotFoundPageWith404(Http http) {
        HttpResponse<byte[]> response = http.get("/no/such/page");
        assertEquals(404, response.statusCode());
        Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("Page not found", doc.select("h1").text());
        assertEquals(4, doc.select("main a").size(), "offers the navigation's 4 pages");
    }

    @Test
    void trailingSlashRedirectsToTheCanonicalPath(Http http) {
        HttpResponse<byte[]> response = http.get("/publications/?x=1");
        assertEquals(301, response.statusCode());
        assertEquals("/publications?x=1", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void secondRequestIsServedFromCacheWithTheSameEtagAnd304OnMatch(Http http) {
        HttpResponse<byte[]> first = http.get("/publications");
        HttpResponse<byte[]> second = http.get("/publications");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertArrayEquals(first.body(), second.body());
        assertEquals("public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
                first.headers().firstValue("Cache-Control").orElseThrow());

        HttpResponse<byte[]> revalidated = http.get("/publications", "If-None-Match", etag);
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElseThrow());

        assertEquals(200, http.get("/publications", "If-None-Match", "\"stale\"").statusCode());
    }

    @Test
    void gzipIsNegotiatedAndDecompressesToTheSameBytes(Http http) throws Exception {
        HttpResponse<byte[]> plain = http.get("/publications", "Accept-Encoding", "identity");
        HttpResponse<byte[]> gzip = http.get("/publications", "Accept-Encoding", "br, gzip;q=0.8");
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElseThrow());
        assertEquals("Accept-Encoding", plain.headers().firstValue("Vary").orElseThrow());
        assertTrue(gzip.body().length < plain.body().length / 3);
        assertArrayEquals(plain.body(), Http.gunzip(gzip.body()));
        assertNotEquals(plain.headers().firstValue("ETag"), gzip.headers().firstValue("ETag"),
                "each encoding has its own strong ETag");
        assertEquals(String.valueOf(gzip.body().length), gzip.headers().firstValue("Content-Length").orElseThrow());

        HttpResponse<byte[]> refused = http.get("/publications", "Accept-Encoding", "gzip;q=0");
        assertFalse(refused.headers().firstValue("Content-Encoding").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/publications", "/style.css", "/missing"})
    void headCarriesTheSameHeadersAsGetAndNoBody(String path, Http http) {
        HttpResponse<byte[]> get = http.get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> head = http.head(path, "Accept-Encoding", "gzip");
        assertEquals(get.statusCode(), head.statusCode());
        for (String header : new String[] {"Content-Type", "Content-Length", "ETag", "Cache-Control", "Content-Encoding", "Vary"}) {
            assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), header);
        }
        assertEquals(0, head.body().length);
    }

    @Test
    void otherMethodsAreRefusedWith405(Http http) {
        HttpResponse<byte[]> response = http.send("POST", "/");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void staticFilesHaveTheirTypeAnEtagAndAreImmutableWhenVersioned(Http http) {
        Document doc = Jsoup.parse(http.text("/"));
        String href = doc.select("link[rel=stylesheet]").attr("href");
        assertTrue(href.matches("/style\\.css\\?v=[0-9a-f]{10}"), href);
        HttpResponse<byte[]> css = http.get(href);
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(css.headers().firstValue("ETag").isPresent());
        HttpResponse<byte[]> unversioned = http.get("/style.css");
        assertEquals("public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
                unversioned.headers().firstValue("Cache-Control").orElseThrow());
        HttpResponse<byte[]> wrongVersion = http.get("/style.css?v=0000000000");
        assertEquals("public, max-age=0, s-maxage=300, stale-while-revalidate=86400",
                wrongVersion.headers().firstValue("Cache-Control").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/../content/site.yaml", "/%2e%2e/secret.txt", "/%2E%2E/content/site.yaml",
        "/..%2fsecret.txt", "/..%2Fcontent%2Fsite.yaml", "/%252e%252e/secret.txt", "/..%5csecret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/style.css%00.yaml", "/./../secret.txt", "//secret.txt",
        "/static/../secret.txt", "/content/site.yaml", "/site.yaml", "/.hidden", "/..;/secret.txt"})
    void traversalAttemptsNeverLeaveTheStaticDirectory(String path, TestSite site) throws Exception {
        Http http = site.http;
        Files.writeString(site.statics.resolve(".hidden"), "hidden");
        String response = http.raw(path);
        int status = Http.rawStatus(response);
        assertTrue(status == 404 || status == 400 || status == 301, path + " -> " + status);
        assertFalse(response.contains("TOP-SECRET"), path);
        assertFalse(response.contains("base_url"), path);
        assertFalse(response.contains("\nhidden"), path);
    }

    @Test
    void healthReportsVersionAndLoadTime(Http http) {
        HttpResponse<byte[]> response = http.get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.matches("\\{\"status\":\"ok\",\"version\":\"[0-9a-f]{12}\",\"generation\":\\d+,"
                + "\"loaded_at\":\"[0-9T:.-]+Z\",\"errors\":\\[]}"), body);
    }
}
