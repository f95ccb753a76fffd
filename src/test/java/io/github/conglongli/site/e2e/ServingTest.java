package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server on a random port, serving a copy of the repository's content. */
class ServingTest {

    @TempDir
    static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        // something outside static/ that traversal attempts would love to reach
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        site = TestSite.start(dir);
        http = site.http;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/publications", "/experience"})
    void everyPageIsServedAsHtmlWithOneH1AndLandmarks(String path) {
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
    void homeShowsProfileInterestsContactsPublicationsAndPositions() {
        Document doc = Jsoup.parse(http.text("/"));
        assertEquals("Conglong Li", doc.select("h1").text());
        assertEquals("Senior Researcher at Microsoft DeepSpeed team", doc.select(".headline").text());
        assertTrue(doc.select("img").isEmpty(), "no photo configured, so no image at all");
        assertEquals("mailto:conglong.li@gmail.com", doc.select(".contact a").get(0).attr("href"));
        assertEquals("mailto:conglong.li@microsoft.com", doc.select(".contact a").get(1).attr("href"));
        assertEquals("https://scholar.google.com/citations?user=nXUS0gYAAAAJ", doc.select(".contact a").get(3).attr("href"));
        assertTrue(doc.text().contains("improving data efficiency via curriculum learning."));
        assertEquals(6, doc.select("#home-pubs ~ ol .pub").size());
        assertEquals(3, doc.select("#home-positions ~ ol .entry").size());
        assertEquals("Recent publications", doc.select("#home-pubs").text(), "nothing is marked selected yet");
    }

    @Test
    void publicationsAreGroupedByYearNewestFirstWithBadgesAndOwnerHighlighted() {
        Document doc = Jsoup.parse(http.text("/publications"));
        assertEquals("2024 2023 2022 2021 2020 2019 2018 2017 2015 2013",
                doc.select("section.year > h2").eachText().stream().reduce((a, b) -> a + " " + b).orElseThrow());
        assertEquals(20, doc.select("article.pub").size());
        assertEquals(java.util.List.of("Best Paper", "Oral Paper", "Best Paper Nominee"), doc.select(".badge").eachText());
        // BLOOM does not list the owner; every other paper bolds him exactly once
        assertEquals(19, doc.select("article.pub strong.me").size());
        doc.select("strong.me").forEach(e -> assertEquals("Conglong Li", e.text()));
        assertEquals("20 publications: 15 conference papers, 1 journal article, 1 workshop paper, 3 preprints",
                doc.select(".summary").text());
    }

    @Test
    void unknownPathGetsTheNotFoundPageWith404() {
        HttpResponse<byte[]> response = http.get("/no/such/page");
        assertEquals(404, response.statusCode());
        Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("Page not found", doc.select("h1").text());
        assertEquals(4, doc.select("main a").size(), "offers the navigation");
    }

    @Test
    void trailingSlashRedirectsToTheCanonicalPath() {
        HttpResponse<byte[]> response = http.get("/publications/?x=1");
        assertEquals(301, response.statusCode());
        assertEquals("/publications?x=1", response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void secondRequestIsServedFromCacheWithTheSameEtagAnd304OnMatch() {
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
    void gzipIsNegotiatedAndDecompressesToTheSameBytes() throws Exception {
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
    void headCarriesTheSameHeadersAsGetAndNoBody(String path) {
        HttpResponse<byte[]> get = http.get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> head = http.head(path, "Accept-Encoding", "gzip");
        assertEquals(get.statusCode(), head.statusCode());
        for (String header : new String[] {"Content-Type", "Content-Length", "ETag", "Cache-Control", "Content-Encoding", "Vary"}) {
            assertEquals(get.headers().firstValue(header), head.headers().firstValue(header), header);
        }
        assertEquals(0, head.body().length);
    }

    @Test
    void otherMethodsAreRefusedWith405() {
        HttpResponse<byte[]> response = http.send("POST", "/");
        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD, OPTIONS", response.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void staticFilesHaveTheirTypeAnEtagAndAreImmutableWhenVersioned() {
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
    void traversalAttemptsNeverLeaveTheStaticDirectory(String path) throws Exception {
        Files.writeString(site.statics.resolve(".hidden"), "hidden");
        String response = http.raw(path);
        int status = Http.rawStatus(response);
        assertTrue(status == 404 || status == 400 || status == 301, path + " -> " + status);
        assertFalse(response.contains("TOP-SECRET"), path);
        assertFalse(response.contains("base_url"), path);
        assertFalse(response.contains("\nhidden"), path);
    }

    @Test
    void healthReportsVersionAndLoadTime() {
        HttpResponse<byte[]> response = http.get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.matches("\\{\"status\":\"ok\",\"version\":\"[0-9a-f]{12}\",\"generation\":\\d+,"
                + "\"loaded_at\":\"[0-9T:.-]+Z\",\"errors\":\\[]}"), body);
    }
}
