package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code talks.yaml}, {@code teaching.yaml} and {@code projects.yaml} each add a page
 * ({@code /talks}, {@code /teaching}, {@code /projects}); talks and teaching also join the CV,
 * and a paper a project lists links back to the project. Built in process (these are pages,
 * not HTTP: the server's part is tested in e2e/).
 */
@Timeout(60)
class TalksTeachingProjectsTest {

    static final String TALKS = """
            talks:
              - title: Looms and Their Programs
                event: Weaving Workshop
                date: 2023-06
                kind: invited
              - title: Engines in a Kilobyte
                event: Edge Summit 2024
                location: London, UK
                date: 2024-01-15
                kind: keynote
                links:
                  slides: /talks/engines.pdf
                  video: https://video.example.org/engines
                  event: https://summit.example.org
                abstract: How far can **one bit** go?
              - title: Should Engines Think?
                event: Royal Society Debate
                date: 2024-06-01
                kind: panel
            """;

    static final String TEACHING = """
            teaching:
              - code: MATH 101
                title: Calculating Engines
                institution: University of London
                role: instructor
                terms: [Autumn 1843, Autumn 1844]
                links:
                  - label: Course notes
                    url: https://notes.example.org/math101
                description: From the Difference Engine to *programs*.
              - title: Logic for Engineers
                institution: Royal Society
                role: teaching assistant
                terms: [Spring 1840]
              - title: Weaving with Cards
                institution: Jacquard School
                role: guest lecturer
                terms: [1842]
            """;

    static final String PROJECTS = """
            projects:
              - name: The Past Engine
                summary: An engine we finished.
                status: past
                publications: [lovelace1843notes]
              - name: Analytical Engine
                summary: A *general-purpose* mechanical computer.
                image: /img/engine.svg
                image_alt: Drawing of the mill and the store
                links:
                  code: https://code.example.org/engine
                  website: https://engine.example.org
                  paper: /papers/engine.pdf
                publications: [1843-notes, lovelace1843notes]
            """;

    static SiteFixture engines() {
        return SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).slug("1843-notes"))
                .publication(p -> p.title("Sketch of the Engine").authors("Ada Lovelace").venue("Memoirs 1842")
                        .type("journal").year(1842).bibtexKey("lovelace1843notes"))
                .publication(p -> p.title("Unrelated").authors("Ada Lovelace").venue("Memoirs 1841").type("journal")
                        .year(1841))
                .file("talks.yaml", TALKS)
                .file("teaching.yaml", TEACHING)
                .file("projects.yaml", PROJECTS);
    }

    static InProcessSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = InProcessSite.of(engines(), dir);
        InProcessSite.Build build = site.build();
        assertTrue(build.outcome().ok(), build::errorText);
    }

    static Document html(InProcessSite site, String path) {
        assertEquals(200, site.page(path).orElseThrow(() -> new AssertionError("no page at " + path)).status(), path);
        return Jsoup.parse(site.html(path));
    }

    @Test
    void talksAreGroupedByYearNewestFirstWithTheirKindEventLinksAndAbstract() {
        Document doc = html(site, "/talks");
        assertEquals("Talks", doc.select("main h1").text());
        assertEquals(List.of("2024", "2023"), doc.select("main section.year > h2").eachText());
        assertEquals(List.of("Should Engines Think?", "Engines in a Kilobyte"),
                doc.select("main section.year").get(0).select("h3").eachText(), "newest first within a year");
        Element keynote = doc.select("main article.entry:has(h3:contains(Engines in a Kilobyte))").first();
        assertEquals("2024-01-15", keynote.select("time").attr("datetime"));
        assertEquals("15 Jan 2024", keynote.select("time").text());
        assertEquals("Keynote", keynote.select(".badge").text());
        assertTrue(keynote.select(".entry-org").text().contains("Edge Summit 2024, London, UK"), keynote.text());
        assertEquals(List.of("Slides", "Video", "Event"), keynote.select(".pub-links a").eachText());
        assertEquals(List.of("/talks/engines.pdf", "https://video.example.org/engines", "https://summit.example.org"),
                keynote.select(".pub-links a").eachAttr("href"));
        assertEquals("one bit", keynote.select(".entry-text strong").text(), "the abstract is Markdown");
        Element invited = doc.select("main article.entry:has(h3:contains(Looms))").first();
        assertEquals("Invited talk", invited.select(".badge").text());
        assertEquals("2023-06", invited.select("time").attr("datetime"));
        assertEquals("Panel", doc.select("main article.entry:has(h3:contains(Should Engines))").select(".badge").text());
    }

    @Test
    void coursesKeepTheirOrderWithRoleTermsLinksAndDescription() {
        Document doc = html(site, "/teaching");
        assertEquals("Teaching", doc.select("main h1").text());
        assertEquals(List.of("MATH 101 Calculating Engines", "Logic for Engineers", "Weaving with Cards"),
                doc.select("main article.entry h2").eachText(), "right under the h1, courses are h2");
        Element first = doc.select("main article.entry").first();
        assertEquals("MATH 101", first.select(".course-code").text());
        assertEquals("Autumn 1843, Autumn 1844", first.select(".period").text());
        assertEquals("Instructor, University of London", first.select(".entry-org").text());
        assertEquals("https://notes.example.org/math101", first.select(".pub-links a:contains(Course notes)").attr("href"));
        assertEquals("programs", first.select(".entry-text em").text());
        assertEquals(List.of("Instructor, University of London", "Teaching assistant, Royal Society",
                "Guest lecturer, Jacquard School"), doc.select("main .entry-org").eachText());
    }

    @Test
    void projectsAreActiveFirstWithImageLinksAndTheirPapers() {
        Document doc = html(site, "/projects");
        assertEquals("Projects", doc.select("main h1").text());
        assertEquals(List.of("Current projects", "Past projects"), doc.select("main h2").eachText());
        Element engine = doc.select("main section:has(#active-projects) article.project").first();
        assertEquals("Analytical Engine", engine.select("h3").text());
        assertEquals("general-purpose", engine.select("p em").text(), "the summary is Markdown");
        assertEquals("/img/engine.svg", engine.select("img").attr("src"));
        assertEquals("Drawing of the mill and the store", engine.select("img").attr("alt"));
        assertEquals(List.of("Code", "Website", "Paper"), engine.select(".pub-links a").eachText());
        assertEquals("/papers/engine.pdf", engine.select(".pub-links a:contains(Paper)").attr("href"));
        assertEquals(List.of("Notes", "Sketch of the Engine"), engine.select(".project-papers a").eachText(),
                "a slug and a BibTeX key each name a paper");
        assertEquals(List.of("/publications/1843-notes", "/publications/1842-sketch-of-the-engine"),
                engine.select(".project-papers a").eachAttr("href"));
        assertEquals("The Past Engine", doc.select("main section:has(#past-projects) article.project h3").text());
        for (String href : engine.select(".project-papers a").eachAttr("href")) {
            assertEquals(200, site.page(href).orElseThrow().status(), href);
        }
    }

    @Test
    void aPaperLinksTheProjectsThatListIt() {
        Document sketch = html(site, "/publications/1842-sketch-of-the-engine");
        List<String> links = sketch.select("main section:has(h2:contains(Projects)) a").eachAttr("href");
        assertEquals(List.of("/projects#the-past-engine", "/projects#analytical-engine"), links);
        Document projects = html(site, "/projects");
        for (String link : links) {
            assertEquals(1, projects.select("#" + link.substring(link.indexOf('#') + 1)).size(), link);
        }
        Document unrelated = html(site, "/publications/1841-unrelated");
        assertTrue(unrelated.select("main h2:contains(Projects)").isEmpty(), "no project lists it");
    }

    @Test
    void theCvHasTheTalksAndTheCourses() {
        Document cv = html(site, "/cv");
        assertEquals(List.of("Should Engines Think?", "Engines in a Kilobyte", "Looms and Their Programs"),
                cv.select("section:has(#cv-talks) h3").eachText());
        assertEquals(List.of("MATH 101 Calculating Engines", "Logic for Engineers", "Weaving with Cards"),
                cv.select("section:has(#cv-teaching) h3").eachText());
    }

    @Test
    void withoutTheFilesThereAreNoPagesAndTheCvHasNoSuchSections(@TempDir Path dir) {
        InProcessSite bare = InProcessSite.of(SiteFixture.minimal(), dir);
        assertTrue(bare.build().outcome().ok());
        for (String path : List.of("/talks", "/teaching", "/projects")) {
            assertTrue(bare.page(path).isEmpty(), path);
        }
        Document cv = Jsoup.parse(bare.html("/cv"));
        assertTrue(cv.select("#cv-talks, #cv-teaching").isEmpty());
    }
}
