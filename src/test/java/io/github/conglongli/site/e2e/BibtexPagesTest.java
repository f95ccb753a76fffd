package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.testing.SiteFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Papers that live only in an al-folio-style publications.bib, on a Japanese site: the kinds of
 * work in the interface's language, al-folio's badge, marks and links, the structured data, and
 * a .bib download that keeps the fields the site does not use.
 */
@Timeout(60)
class BibtexPagesTest {

    static final String BIB = """
            ---
            ---
            @string{engines = {Journal of Analytical Engines,}}

            @book{lovelace1843notes,
              title = {Notes on the {Analytical Engine}},
              author = {Lovelace*, Ada and Babbage*, Charles and Menabrea$^\\dagger$, Luigi},
              publisher = {Richard and John E. Taylor},
              year = {1843},
              abbr = {Notes},
              isbn = {978-0-00-000000-0},
              bibtex_show = true,
              pdf = {notes.pdf},
              preview = {notes.png},
              code = {https://code.example.org/notes},
              award_name = {Best Book},
              additional_info = {Translated from the *French*; see [the errata](https://errata.example.org).},
              google_scholar_id = {u5HHmVD_uO8C},
            }

            @phdthesis{lovelace1840thesis,
              title = {On {B}ernoulli Numbers: $B_n$ for All $n$},
              author = {Lovelace, Ada},
              school = {University of London},
              year = {1840},
              numpages = {120},
            }

            @article{babbage1842sketch,
              title = {Sketch of the Engine},
              author = {Babbage, Charles and Lovelace, Ada},
              journal = engines,
              year = {1842},
              month = oct,
              inspirehep_id = {12345},
            }

            @misc{lovelace1841engines,
              title = {On Engines},
              author = {Lovelace, Ada},
              year = {1841},
              type = {Talk},
            }
            """;

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(SiteFixture.minimal()
            .site(s -> s.language("ja"))
            .profile(p -> p.link("Google Scholar", "https://scholar.google.com/citations?hl=en&user=AbCdEfGhIjkC",
                    "Scholar"))
            .file("publications.bib", BIB)
            .file("venues.yaml", """
                    "Notes":
                      url: https://venues.example.org/notes
                      color: "#00369f"
                    """)
            .staticFile("assets/pdf/notes.pdf", "%PDF-1.4 notes")
            .staticFile("assets/img/publication_preview/notes.png", "not really a PNG"));

    static Http http;

    @BeforeAll
    static void start() {
        http = serving.http();
    }

    static String body(String path) {
        HttpResponse<byte[]> response = http.get(path);
        assertEquals(200, response.statusCode(), path);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static Document page(String path) {
        return Jsoup.parse(body(path));
    }

    @Test
    void alFoliosAdditionalInfoIsMarkdownAndItsScholarIdLinksToThePaperOnScholar() {
        Document paper = page("/publications/1843-notes-on-the-analytical-engine");
        Element info = paper.selectFirst(".pub-info");
        assertEquals("Translated from the French; see the errata.", info.text());
        assertEquals("French", info.selectFirst("em").text());
        assertEquals("https://errata.example.org", info.selectFirst("a").attr("href"));
        assertEquals("https://scholar.google.com/citations?view_op=view_citation&user=AbCdEfGhIjkC"
                + "&citation_for_view=AbCdEfGhIjkC:u5HHmVD_uO8C",
                paper.select(".pub-links a").stream().filter(a -> a.text().equals("Google Scholar")).findFirst()
                        .orElseThrow(() -> new AssertionError(paper.select(".pub-links").html())).attr("href"));
    }

    @Test
    void venuesYamlColoursTheBadgeWithAStylesheetOfItsOwn() {
        Document paper = page("/publications/1843-notes-on-the-analytical-engine");
        assertEquals("badge abbr venue-notes", paper.selectFirst(".pub-venue .abbr").className());
        assertEquals(List.of("/style.css", "/venues.css"), paper.select("link[rel=stylesheet]").eachAttr("href").stream()
                .map(href -> href.replaceAll("\\?v=.*", "")).toList());
        HttpResponse<byte[]> css = http.get("/venues.css");
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(new String(css.body(), StandardCharsets.UTF_8).contains(
                ".badge.abbr.venue-notes { background: #00369f; border-color: #00369f; color: #ffffff; }"));
        assertTrue(paper.select("[style]").isEmpty(), "no style attributes: the CSP refuses them");
    }

    @Test
    void kindsOfWorkAreNamedInTheSitesLanguage() {
        Document list = page("/publications");
        String text = list.text();
        assertTrue(text.contains("書籍1件"), text);
        assertTrue(text.contains("学位論文1件"), text);
        assertFalse(text.contains("Thesis") || text.contains("Conference") || text.contains("Preprint"), text);
        Document thesis = page("/publications/1840-on-bernoulli-numbers");
        assertEquals("学位論文 · 1840", thesis.selectFirst(".pub-meta").text());
    }

    @Test
    void alFolioFieldsShowAsBadgeMarksAwardAndLinks() {
        Document paper = page("/publications/1843-notes-on-the-analytical-engine");
        Element venue = paper.selectFirst(".pub-venue");
        assertEquals("Notes", venue.selectFirst(".badge.abbr").text());
        assertEquals("https://venues.example.org/notes", venue.selectFirst("a.badge.abbr").attr("href"),
                "venues.yaml links the badge, as al-folio's _data/venues.yml does");
        assertEquals("Richard and John E. Taylor", venue.selectFirst(".venue").text());
        assertEquals("Best Book", venue.select(".badge").last().text());
        assertEquals(List.of("*", "*", "†"), paper.select(".pub-authors .mark").eachText());
        assertEquals("Ada Lovelace* , Charles Babbage* , Luigi Menabrea†".replace(" ,", ","),
                paper.selectFirst(".pub-authors").text());
        assertEquals("* 同等貢献 · † 責任著者", paper.selectFirst(".pub-marks").text());
        assertEquals("/assets/img/publication_preview/notes.png", paper.selectFirst("img.pub-preview").attr("src"));
        assertEquals("/assets/img/publication_preview/notes.png",
                page("/publications").selectFirst("img.pub-preview").attr("src"), "the list shows it too, as al-folio's");
        assertEquals(List.of("/assets/pdf/notes.pdf", "https://code.example.org/notes"),
                paper.select(".pub-links a").eachAttr("href").subList(0, 2));
        Element isbn = paper.selectFirst("meta[name=citation_isbn]");
        assertEquals("978-0-00-000000-0", isbn.attr("content"));
    }

    @Test
    void aWorkWithoutAVenueShowsItsKindNotABlank() {
        Document talk = page("/publications/1841-on-engines");
        assertEquals("講演", talk.selectFirst(".pub-venue .venue").text());
        List<String> filters = page("/publications").select(".filters a").eachText();
        assertTrue(filters.contains("講演"), filters.toString());
        assertFalse(filters.contains(""), filters.toString());
        assertEquals("Ada Lovelace.", talk.selectFirst("meta[name=description]").attr("content"));
    }

    @Test
    void mathInATitleReachesTheMathRendererIntact() {
        Document thesis = page("/publications/1840-on-bernoulli-numbers");
        Element h1 = thesis.selectFirst("h1");
        assertEquals(2, h1.select("math").size(), h1.html());
        assertEquals("B_n", h1.selectFirst("math annotation").text(), h1.html());
        assertFalse(thesis.title().contains("$"), thesis.title());
    }

    @Test
    void structuredDataNamesTheKindOfWork() throws Exception {
        Document thesis = page("/publications/1840-on-bernoulli-numbers");
        JsonNode data = new ObjectMapper().readTree(thesis.selectFirst("script[type=application/ld+json]").data());
        JsonNode work = data.has("@graph") ? data.get("@graph").get(0) : data;
        assertEquals("Thesis", work.get("@type").asText(), data.toString());
        assertEquals("University of London", work.get("publisher").get("name").asText());
    }

    @Test
    void theBibDownloadKeepsEveryFieldAsWritten() {
        String bib = body("/publications/1843-notes-on-the-analytical-engine.bib");
        assertTrue(bib.startsWith("@book{lovelace1843notes,\n"), bib);
        for (String field : List.of("title = {Notes on the {Analytical Engine}}",
                "author = {Lovelace*, Ada and Babbage*, Charles and Menabrea$^\\dagger$, Luigi}", "abbr = {Notes}",
                "isbn = {978-0-00-000000-0}", "bibtex_show = {true}", "pdf = {notes.pdf}",
                "additional_info = {Translated from the *French*; see [the errata](https://errata.example.org).}", "google_scholar_id = {u5HHmVD_uO8C}",
                "url = {https://ada.example.org/publications/1843-notes-on-the-analytical-engine}")) {
            assertTrue(bib.contains("  " + field + ",\n"), field + " in\n" + bib);
        }
        String thesis = body("/publications/1840-on-bernoulli-numbers.bib");
        assertTrue(thesis.contains("  numpages = {120},\n"), thesis);
        assertTrue(thesis.contains("  title = {On {B}ernoulli Numbers: $B_n$ for All $n$},\n"), thesis);
        String sketch = body("/publications/1842-sketch-of-the-engine.bib");
        assertTrue(sketch.contains("  journal = {Journal of Analytical Engines,},\n"), sketch);
        assertTrue(sketch.contains("  inspirehep_id = {12345},\n"), sketch);
    }

    @Test
    void inspireLinksAreLinksNotScripts() {
        Document sketch = page("/publications/1842-sketch-of-the-engine");
        assertEquals(List.of("https://inspirehep.net/literature/12345"), sketch.select(".pub-links a").eachAttr("href"));
        assertEquals("Journal of Analytical Engines", sketch.selectFirst(".venue").text());
        assertTrue(sketch.select("script[src]").isEmpty());
    }
}
