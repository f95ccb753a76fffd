package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.render.cite.PersonNames;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

/** Per-paper pages, citation metadata, structured data, feeds and the sitemap, as crawlers see them. */
@Timeout(60)
class ScholarlyTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .site(s -> s.nav("Home", "/", "Publications", "/publications", "Experience", "/experience", "CV", "/cv"))
            .profile(p -> p.role("Senior Researcher").affiliation("Analytical Engines Ltd")
                    .emails("ada@example.org", "ada.lovelace@engines.example")
                    .link("Homepage", "https://ada.example.org", "ada.example.org")
                    .link("Google Scholar", "https://scholar.example.org/citations?user=ada0001",
                            "scholar.example.org/citations?user=ada0001")
                    .researchInterests("Efficient engines."))
            .publication(p -> p.title("Engine Data Efficiency: Improving Card Quality").authors("Ada Lovelace", "Grace Hopper")
                    .venue("AAAI 2024").venueFull("38th Annual AAAI Conference on Artificial Intelligence")
                    .type("conference").year(2024))
            .publication(p -> p.title("Engines4Science: Scientific Discovery").authors("Grace Hopper", "Ada Lovelace")
                    .venue("NeurIPS 2023 Workshop").venueFull("37th Conference on Neural Information Processing Systems Workshop")
                    .type("workshop").year(2023))
            .publication(p -> p.title("Countess: A 176-Gear Open-Access Calculator").authors("Charles Babbage").etAl()
                    .venue("arXiv preprint").type("preprint").arxiv("2211.05100"))
            .publication(p -> p.title("1-bit Loom: Communication Efficient Weaving").authors("Ada Lovelace", "Charles Babbage")
                    .venue("HiPC 2022").venueFull("29th IEEE International Conference on High Performance Computing")
                    .type("conference").year(2022).award("Best Paper"))
            .publication(p -> p.title("Reducing Gear Row Activations with Eager Clustering")
                    .authors("Charles Babbage", "Ada Lovelace").venue("ACM TACO 2019")
                    .venueFull("ACM Transactions on Architecture and Code Optimization").type("journal").year(2019)
                    .volume("10(4)"))
            .position(p -> p.title("Senior Researcher").organization("Analytical Engines Ltd").start(2021).end("present"))
            .education(e -> e.degree("Ph.D. in Mathematics").institution("University of London").start(2014).end(2020))
            .education(e -> e.degree("M.S. in Mathematics").institution("University of Cambridge").start(2013).end(2014))
            .education(e -> e.degree("B.S. in Mathematics").institution("University of Cambridge").start(2009).end(2013))
            .skill("Programming", "Punched cards.")
            .service("Conferences", "Reviewer", "ICLR 2024"));

    static Http http;
    static List<Publication> publications;

    @BeforeAll
    static void start() {
        http = serving.http();
        publications = serving.site().app.snapshot().site().publications();
    }

    static List<String> meta(Document doc, String name) {
        return doc.select("meta[name=" + name + "]").eachAttr("content");
    }

    @Test
    void everyPublicationHasItsOwnPageWithHighwireTagsForGoogleScholar() throws Exception {
        assertEquals(5, publications.size());
        for (Publication p : publications) {
            Document doc = http.page("/publications/" + p.slug());
            assertEquals(p.title(), doc.select("h1").text());
            assertEquals(List.of(p.title()), meta(doc, "citation_title"));
            assertEquals(p.authors().stream().map(PersonNames::familyFirst).toList(), meta(doc, "citation_author"),
                    "every author, in order, family name first");
            assertEquals(1, meta(doc, "citation_publication_date").size());
            assertTrue(meta(doc, "citation_publication_date").get(0).startsWith(String.valueOf(p.year())));
            switch (p.type()) {
                case JOURNAL -> assertEquals(List.of(p.venueFull().orElseThrow()), meta(doc, "citation_journal_title"));
                case CONFERENCE, WORKSHOP -> assertEquals(List.of(p.venueFull().orElseThrow()),
                        meta(doc, "citation_conference_title"));
                case PREPRINT -> assertEquals(List.of(p.arxiv().orElseThrow()), meta(doc, "citation_arxiv_id"));
            }
            p.arxiv().ifPresent(id -> assertEquals(List.of("https://arxiv.org/pdf/" + id), meta(doc, "citation_pdf_url")));
            assertEquals("https://ada.example.org/publications/" + p.slug(), doc.select("link[rel=canonical]").attr("href"));
            assertTrue(doc.select("#cite ~ .citation").text().contains(p.title()));
            assertFalse(doc.select("pre.bibtex").text().isBlank());

            JsonNode ld = JSON.readTree(doc.select("script[type=application/ld+json]").html());
            assertEquals("ScholarlyArticle", ld.get("@type").asText());
            assertEquals(p.title(), ld.get("name").asText());
            assertEquals(p.authors().size(), ld.get("author").size());
            assertEquals(p.authors().get(0).name(), ld.get("author").get(0).get("name").asText());
            assertTrue(ld.get("datePublished").asText().startsWith(String.valueOf(p.year())));
        }
    }

    @Test
    void bibtexIsServedForEachPaperAndForAllAndParses() throws Exception {
        HttpResponse<byte[]> all = http.get("/publications.bib");
        assertEquals("application/x-bibtex; charset=utf-8", all.headers().firstValue("Content-Type").orElseThrow());
        String allText = new String(all.body(), StandardCharsets.UTF_8);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(allText));
        assertEquals(5, db.getEntries().size(), "every entry parses, keys unique");
        for (Publication p : publications) {
            HttpResponse<byte[]> one = http.get("/publications/" + p.slug() + ".bib");
            assertEquals("application/x-bibtex; charset=utf-8", one.headers().firstValue("Content-Type").orElseThrow());
            String entry = new String(one.body(), StandardCharsets.UTF_8);
            assertTrue(allText.contains(entry), p.slug());
            BibTeXDatabase single = new BibTeXParser().parse(new StringReader(entry));
            assertEquals(1, single.getEntries().size());
            assertTrue(http.page("/publications/" + p.slug()).select("pre.bibtex").text().startsWith(entry.strip().substring(0, 20)));
        }
        assertTrue(allText.contains("@inproceedings{lovelace20221bit,"));
        assertTrue(allText.contains("@article{babbage2019reducing,"));
        assertTrue(allText.contains("  eprint = {2211.05100},\n  archiveprefix = {arXiv},"));
    }

    @Test
    void theJournalArticleCarriesVolumeAndIssue() {
        Publication journal = publications.stream().filter(p -> p.type() == PublicationType.JOURNAL).findFirst().orElseThrow();
        Document doc = http.page("/publications/" + journal.slug());
        assertEquals(List.of("10"), meta(doc, "citation_volume"));
        assertEquals(List.of("4"), meta(doc, "citation_issue"));
        assertEquals(List.of("ACM Transactions on Architecture and Code Optimization"), meta(doc, "citation_journal_title"));
    }

    @Test
    void theHomePageDescribesThePersonInJsonLd() throws Exception {
        Document doc = http.page("/");
        JsonNode ld = JSON.readTree(doc.select("script[type=application/ld+json]").html());
        assertEquals("https://schema.org", ld.get("@context").asText());
        assertEquals("Person", ld.get("@type").asText());
        assertEquals("Ada Lovelace", ld.get("name").asText());
        assertEquals("https://ada.example.org/", ld.get("url").asText());
        assertEquals("Senior Researcher", ld.get("jobTitle").asText());
        assertEquals("Analytical Engines Ltd", ld.get("affiliation").get("name").asText());
        List<String> alumni = new ArrayList<>();
        ld.get("alumniOf").forEach(n -> alumni.add(n.get("name").asText()));
        assertEquals(List.of("University of London", "University of Cambridge"), alumni, "each school once");
        assertEquals("https://scholar.example.org/citations?user=ada0001", ld.get("sameAs").get(0).asText(),
                "the site's own address is not another profile");
        assertEquals("mailto:ada@example.org", ld.get("email").get(0).asText());
    }

    @Test
    void everyPageHasOpenGraphTwitterAndAnAbsoluteCanonicalUrl() {
        for (String path : List.of("/", "/publications", "/experience", "/cv", "/publications/2022-1-bit-loom")) {
            Document doc = http.page(path);
            String canonical = doc.select("link[rel=canonical]").attr("href");
            assertEquals("https://ada.example.org" + path, canonical, path);
            assertEquals(canonical, doc.select("meta[property=og:url]").attr("content"), path);
            assertEquals(doc.title(), doc.select("meta[property=og:title]").attr("content"), path);
            assertFalse(doc.select("meta[property=og:description]").attr("content").isBlank(), path);
            assertEquals("Ada Lovelace", doc.select("meta[property=og:site_name]").attr("content"));
            assertEquals("summary_large_image", doc.select("meta[name=twitter:card]").attr("content"), path);
            assertEquals(doc.title(), doc.select("meta[name=twitter:title]").attr("content"), path);
            assertEquals(1, doc.select("link[rel=icon]").size());
            assertEquals(1, doc.select("link[rel=manifest]").size());
            assertEquals("/feed.xml", doc.select("link[rel=alternate][type=application/atom+xml]").attr("href"));
        }
        assertEquals("article", http.page("/publications/2022-1-bit-loom").select("meta[property=og:type]").attr("content"));
    }

    @Test
    void theSitemapListsEveryPageAndRobotsPointsToIt() throws Exception {
        HttpResponse<byte[]> response = http.get("/sitemap.xml");
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        var xml = xml(response.body());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        NodeList locs = xml.getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        for (String path : List.of("/", "/publications", "/experience", "/cv")) {
            assertTrue(urls.contains("https://ada.example.org" + path), path);
        }
        publications.forEach(p -> assertTrue(urls.contains("https://ada.example.org/publications/" + p.slug())));
        List<Integer> years = publications.stream().map(p -> p.year()).distinct().toList();
        years.forEach(y -> assertTrue(urls.contains("https://ada.example.org/publications/" + y), "year " + y));
        assertEquals(4 + 5 + years.size(), urls.size(), "pages only: no search variants, files or 404");
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://ada.example.org/sitemap.xml\n", http.text("/robots.txt"));
    }

    @Test
    void theAtomFeedParsesAndListsEveryPublication() throws Exception {
        HttpResponse<byte[]> response = http.get("/feed.xml");
        assertEquals("application/atom+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        var xml = xml(response.body());
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        assertEquals("feed", xml.getDocumentElement().getLocalName());
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(5, entries.getLength());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i); // not jsoup's Element
            ids.add(entry.getElementsByTagNameNS("*", "id").item(0).getTextContent());
            assertTrue(entry.getElementsByTagNameNS("*", "updated").item(0).getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"));
        }
        publications.forEach(p -> assertTrue(ids.contains("https://ada.example.org/publications/" + p.slug()), p.slug()));
        assertEquals("https://ada.example.org/publications/2024-engine-data-efficiency", ids.get(0), "newest first");
    }

    @Test
    void theManifestAndIconsAreServed() throws Exception {
        JsonNode manifest = JSON.readTree(http.get("/manifest.webmanifest").body());
        assertEquals("Ada Lovelace", manifest.get("name").asText());
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
        Document doc = http.page("/cv");
        assertEquals(List.of("Research interests", "Education", "Work experience", "Skills", "Publications",
                "Professional service"), doc.select(".cv-section > h2").eachText());
        assertEquals(5, doc.select(".cv-pubs > li").size());
        assertEquals(4, doc.select(".contact a.shows-target").size(), "2 emails and 2 links that show their address");
        String css = http.text("/style.css");
        assertTrue(css.contains("@page"), "print page setup");
        assertTrue(css.contains(".cv-section + .cv-section { break-before: page; }"), "one section per page in print");
        assertTrue(css.contains("content: \" <\" attr(href) \">\""), "links printed as URLs");
    }

    @Test
    void allHtmlPagesHaveExactlyOneH1() {
        for (Element link : http.page("/").select("nav a")) {
            assertEquals(1, http.page(link.attr("href")).select("h1").size(), link.attr("href"));
        }
    }

    static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
