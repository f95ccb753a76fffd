package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.content.Publication;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Per-paper pages, citation metadata, structured data, feeds and the sitemap, as crawlers see them. */
class ScholarlyTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestSite site;
    static Http http;
    static List<Publication> publications;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(dir);
        http = site.http;
        publications = site.app.snapshot().site().publications();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Document page(String path) {
        HttpResponse<byte[]> response = http.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
    }

    static List<String> meta(Document doc, String name) {
        return doc.select("meta[name=" + name + "]").eachAttr("content");
    }

    @Test
    void everyPublicationHasItsOwnPageWithHighwireTagsForGoogleScholar() throws Exception {
        assertEquals(20, publications.size());
        for (Publication p : publications) {
            Document doc = page("/publications/" + p.slug());
            assertEquals(p.title(), doc.select("h1").text());
            assertEquals(List.of(p.title()), meta(doc, "citation_title"));
            assertEquals(p.authors(), meta(doc, "citation_author"), "every author, in order");
            assertEquals(1, meta(doc, "citation_publication_date").size());
            assertTrue(meta(doc, "citation_publication_date").get(0).startsWith(String.valueOf(p.year())));
            switch (p.type()) {
                case JOURNAL -> assertEquals(List.of(p.venueFull().orElseThrow()), meta(doc, "citation_journal_title"));
                case CONFERENCE, WORKSHOP -> assertEquals(List.of(p.venueFull().orElseThrow()),
                        meta(doc, "citation_conference_title"));
                case PREPRINT -> assertEquals(List.of(p.arxiv().orElseThrow()), meta(doc, "citation_arxiv_id"));
            }
            p.arxiv().ifPresent(id -> assertEquals(List.of("https://arxiv.org/pdf/" + id), meta(doc, "citation_pdf_url")));
            assertEquals("https://conglongli.github.io/publications/" + p.slug(), doc.select("link[rel=canonical]").attr("href"));
            assertTrue(doc.select("#cite ~ .citation").text().contains(p.title()));
            assertFalse(doc.select("pre.bibtex").text().isBlank());

            JsonNode ld = JSON.readTree(doc.select("script[type=application/ld+json]").html());
            assertEquals("ScholarlyArticle", ld.get("@type").asText());
            assertEquals(p.title(), ld.get("name").asText());
            assertEquals(p.authors().size(), ld.get("author").size());
            assertEquals(p.authors().get(0), ld.get("author").get(0).get("name").asText());
            assertTrue(ld.get("datePublished").asText().startsWith(String.valueOf(p.year())));
        }
    }

    @Test
    void bibtexIsServedForEachPaperAndForAllAndParses() throws Exception {
        HttpResponse<byte[]> all = http.get("/publications.bib");
        assertEquals("application/x-bibtex; charset=utf-8", all.headers().firstValue("Content-Type").orElseThrow());
        String allText = new String(all.body(), StandardCharsets.UTF_8);
        org.jbibtex.BibTeXDatabase db = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(allText));
        assertEquals(20, db.getEntries().size(), "every entry parses, keys unique");
        for (Publication p : publications) {
            HttpResponse<byte[]> one = http.get("/publications/" + p.slug() + ".bib");
            assertEquals("application/x-bibtex; charset=utf-8", one.headers().firstValue("Content-Type").orElseThrow());
            String entry = new String(one.body(), StandardCharsets.UTF_8);
            assertTrue(allText.contains(entry), p.slug());
            org.jbibtex.BibTeXDatabase single = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(entry));
            assertEquals(1, single.getEntries().size());
            assertTrue(page("/publications/" + p.slug()).select("pre.bibtex").text().startsWith(entry.strip().substring(0, 20)));
        }
        assertTrue(allText.contains("@inproceedings{li20221bit,"));
        assertTrue(allText.contains("@article{jeon2013reducing,"));
        assertTrue(allText.contains("  eprint = {2211.05100},\n  archiveprefix = {arXiv},"));
    }

    @Test
    void theJournalArticleCarriesVolumeAndIssue() {
        Document doc = page("/publications/2013-reducing-dram-row-activations-with-eager");
        assertEquals(List.of("10"), meta(doc, "citation_volume"));
        assertEquals(List.of("4"), meta(doc, "citation_issue"));
        assertEquals(List.of("ACM Transactions on Architecture and Code Optimization"), meta(doc, "citation_journal_title"));
    }

    @Test
    void theHomePageDescribesThePersonInJsonLd() throws Exception {
        Document doc = page("/");
        JsonNode ld = JSON.readTree(doc.select("script[type=application/ld+json]").html());
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Person", ld.get("@type").asText());
        assertEquals("Conglong Li", ld.get("name").asText());
        assertEquals("https://conglongli.github.io/", ld.get("url").asText());
        assertEquals("Senior Researcher", ld.get("jobTitle").asText());
        assertEquals("Microsoft", ld.get("affiliation").get("name").asText());
        List<String> alumni = new ArrayList<>();
        ld.get("alumniOf").forEach(n -> alumni.add(n.get("name").asText()));
        assertEquals(List.of("Carnegie Mellon University", "Rice University"), alumni);
        assertEquals("https://scholar.google.com/citations?user=nXUS0gYAAAAJ", ld.get("sameAs").get(0).asText());
        assertEquals("mailto:conglong.li@gmail.com", ld.get("email").get(0).asText());
    }

    @Test
    void everyPageHasOpenGraphTwitterAndAnAbsoluteCanonicalUrl() {
        for (String path : List.of("/", "/publications", "/experience", "/cv", "/publications/2022-1-bit-lamb")) {
            Document doc = page(path);
            String canonical = doc.select("link[rel=canonical]").attr("href");
            assertEquals("https://conglongli.github.io" + path, canonical, path);
            assertEquals(canonical, doc.select("meta[property=og:url]").attr("content"), path);
            assertEquals(doc.title(), doc.select("meta[property=og:title]").attr("content"), path);
            assertFalse(doc.select("meta[property=og:description]").attr("content").isBlank(), path);
            assertEquals("Conglong Li", doc.select("meta[property=og:site_name]").attr("content"));
            assertEquals("summary", doc.select("meta[name=twitter:card]").attr("content"), path);
            assertEquals(doc.title(), doc.select("meta[name=twitter:title]").attr("content"), path);
            assertEquals(1, doc.select("link[rel=icon]").size());
            assertEquals(1, doc.select("link[rel=manifest]").size());
            assertEquals("/feed.xml", doc.select("link[rel=alternate][type=application/atom+xml]").attr("href"));
        }
        assertEquals("article", page("/publications/2022-1-bit-lamb").select("meta[property=og:type]").attr("content"));
    }

    @Test
    void theSitemapListsEveryPageAndRobotsPointsToIt() throws Exception {
        HttpResponse<byte[]> response = http.get("/sitemap.xml");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        org.w3c.dom.Document xml = xml(response.body());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        NodeList locs = xml.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        for (String path : List.of("/", "/publications", "/experience", "/cv")) {
            assertTrue(urls.contains("https://conglongli.github.io" + path), path);
        }
        publications.forEach(p -> assertTrue(urls.contains("https://conglongli.github.io/publications/" + p.slug())));
        List<Integer> years = publications.stream().map(p -> p.year()).distinct().toList();
        years.forEach(y -> assertTrue(urls.contains("https://conglongli.github.io/publications/" + y), "year " + y));
        assertEquals(4 + 20 + years.size(), urls.size(), "pages only: no search variants, files or 404");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://conglongli.github.io/sitemap.xml\n", http.text("/robots.txt"));
    }

    @Test
    void theAtomFeedParsesAndListsEveryPublication() throws Exception {
        HttpResponse<byte[]> response = http.get("/feed.xml");
        assertEquals("application/atom+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        org.w3c.dom.Document xml = xml(response.body());
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        assertEquals("feed", xml.getDocumentElement().getLocalName());
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(20, entries.getLength());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            ids.add(entry.getElementsByTagNameNS("*", "id").item(0).getTextContent());
            assertTrue(entry.getElementsByTagNameNS("*", "updated").item(0).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
        }
        publications.forEach(p -> assertTrue(ids.contains("https://conglongli.github.io/publications/" + p.slug()), p.slug()));
        assertEquals("https://conglongli.github.io/publications/2024-deepspeed-data-efficiency", ids.get(0), "newest first");
    }

    @Test
    void theManifestAndIconsAreServed() throws Exception {
        JsonNode manifest = JSON.readTree(http.get("/manifest.webmanifest").body());
        assertEquals("Conglong Li", manifest.get("name").asText());
        assertEquals("/", manifest.get("start_url").asText());
        for (JsonNode icon : manifest.get("icons")) {
            HttpResponse<byte[]> response = http.get(icon.get("src").asText());
            assertEquals(200, response.statusCode(), icon.toString());
            assertEquals(icon.get("type").asText(), response.headers().firstValue("Content-Type").orElseThrow());
        }
        assertEquals("image/x-icon", http.get("/favicon.ico").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void theCvHasEverySectionAndEveryPublication() {
        Document doc = page("/cv");
        assertEquals(List.of("Research interests", "Education", "Work experience", "Skills", "Publications",
                "Professional service"), doc.select(".cv-section > h2").eachText());
        assertEquals(20, doc.select(".cv-pubs > li").size());
        assertTrue(doc.select(".contact a.shows-target").size() >= 4, "links that already show their address");
        String css = http.text("/style.css");
        assertTrue(css.contains("@page"), "print page setup");
        assertTrue(css.contains(".cv-section + .cv-section { break-before: page; }"), "one section per page in print");
        assertTrue(css.contains("content: \" <\" attr(href) \">\""), "links printed as URLs");
    }

    @Test
    void allHtmlPagesHaveExactlyOneH1() {
        for (Element link : page("/").select("nav a")) {
            assertEquals(1, page(link.attr("href")).select("h1").size(), link.attr("href"));
        }
    }

    static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
