package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.ExampleSite;
import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * With no {@code nav:} in site.yaml, the navigation lists exactly the sections that have content,
 * in a fixed order (Home, Publications, Experience, Talks, Teaching, Projects, Blog, CV), then the
 * owner's pages that ask for a place with {@code nav:}. A section without content has no entry,
 * no sitemap entry and no page. Built in process; sections added one by one are built again.
 */
@Timeout(90)
class NavigationTest {

    @TempDir
    Path dir;

    private InProcessSite built(SiteFixture fixture) {
        return InProcessSite.built(fixture, dir);
    }

    static List<String> nav(InProcessSite site, String path) {
        return Jsoup.parse(site.html(path)).select("header nav a").eachText();
    }

    static List<String> navLinks(InProcessSite site) {
        return Jsoup.parse(site.html("/")).select("header nav a").eachAttr("href");
    }

    static String page(String title, String... more) {
        return "---\ntitle: " + title + "\n" + String.join("\n", more) + (more.length > 0 ? "\n" : "") + "---\nText.\n";
    }

    @Test
    void aSiteWithOnlyAProfileHasHomeAndCvAndNothingElse() throws Exception {
        InProcessSite site = built(SiteFixture.minimal());
        assertEquals(List.of("Home", "CV"), nav(site, "/"));
        assertEquals(List.of("/", "/cv"), navLinks(site));
        for (String path : List.of("/publications", "/publications.bib", "/experience", "/talks", "/teaching",
                "/projects", "/blog", "/news")) {
            assertTrue(site.page(path).isEmpty(), path);
        }
        assertEquals(List.of("https://ada.example.org/", "https://ada.example.org/cv"), sitemap(site));
    }

    @Test
    void eachSectionJoinsTheNavigationAndTheSitemapWhenItsFileAppears() throws Exception {
        InProcessSite site = built(SiteFixture.minimal());
        String talks = "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-01-15\n";
        String teaching = "teaching:\n  - title: Engines\n    institution: University of London\n"
                + "    role: instructor\n    terms: [Autumn 1843]\n";
        String projects = "projects:\n  - name: Engine\n    summary: A machine.\n";
        String publications = SiteFixture.minimal().publication(p -> p.title("Notes").authors("Ada Lovelace")
                .venue("Memoirs 1843").type("journal").year(1843)).yaml("publications.yaml");
        String experience = "positions:\n  - title: Analyst\n    organization: Analytical Society\n    start: 1842\n";

        add(site, "talks.yaml", talks, "/talks", List.of("Home", "Talks", "CV"));
        add(site, "posts/2024-01-05-hello.md", page("Hello"), "/blog", List.of("Home", "Talks", "Blog", "CV"));
        add(site, "projects.yaml", projects, "/projects", List.of("Home", "Talks", "Projects", "Blog", "CV"));
        add(site, "publications.yaml", publications, "/publications",
                List.of("Home", "Publications", "Talks", "Projects", "Blog", "CV"));
        add(site, "teaching.yaml", teaching, "/teaching",
                List.of("Home", "Publications", "Talks", "Teaching", "Projects", "Blog", "CV"));
        add(site, "experience.yaml", experience, "/experience",
                List.of("Home", "Publications", "Experience", "Talks", "Teaching", "Projects", "Blog", "CV"));
        assertEquals(List.of("/", "/publications", "/experience", "/talks", "/teaching", "/projects", "/blog", "/cv"),
                navLinks(site));
        assertEquals(nav(site, "/"), nav(site, "/blog/hello"), "every page has the same navigation");

        assertPublished(site.delete("talks.yaml").build());
        assertTrue(site.page("/talks").isEmpty(), "/talks is gone");
        assertEquals(List.of("Home", "Publications", "Experience", "Teaching", "Projects", "Blog", "CV"), nav(site, "/"));
        assertFalse(sitemap(site).contains("https://ada.example.org/talks"));
    }

    /** Writes {@code file}, builds, and checks that {@code path} is served and the navigation and the sitemap. */
    private static void add(InProcessSite site, String file, String text, String path, List<String> nav) throws Exception {
        assertTrue(site.page(path).isEmpty(), path + " before " + file);
        assertFalse(sitemap(site).contains("https://ada.example.org" + path));
        assertPublished(site.write(file, text).build());
        assertTrue(site.page(path).isPresent(), path + " after " + file);
        assertEquals(nav, nav(site, "/"), "with " + file);
        assertTrue(sitemap(site).contains("https://ada.example.org" + path), path + " in the sitemap");
    }

    @Test
    void aPageWithNavTakesThatPlaceInTheNavigation() throws Exception {
        InProcessSite site = built(SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal").year(1843))
                .file("pages/group/join.md", page("Join us", "nav: 2"))
                .file("pages/contact.md", page("Contact", "nav: 100"))
                .file("pages/imprint.md", page("Imprint")));
        assertEquals(List.of("Home", "Join us", "Publications", "CV", "Contact"), nav(site, "/"));
        assertEquals(List.of("/", "/group/join", "/publications", "/cv", "/contact"), navLinks(site));
        Document join = Jsoup.parse(site.html("/group/join"));
        assertEquals("/group/join", join.select("header nav a[aria-current=page]").attr("href"), "marked where it is");
        assertTrue(site.page("/imprint").isPresent(), "a page without nav: is served, just not listed");
        assertTrue(sitemap(site).contains("https://ada.example.org/imprint"));
    }

    @Test
    void anExplicitNavigationWinsButPagesWithNavStillJoinIt() {
        InProcessSite site = built(SiteFixture.minimal()
                .site(s -> s.nav("Home", "/", "Writing", "/blog", "Elsewhere", "https://elsewhere.example.org"))
                .file("talks.yaml", "talks:\n  - title: Engines\n    event: Royal Society\n    date: 2024-01-15\n")
                .file("posts/2024-01-05-hello.md", page("Hello"))
                .file("pages/join.md", page("Join us", "nav: 2")));
        assertEquals(List.of("Home", "Join us", "Writing", "Elsewhere"), nav(site, "/"));
        assertEquals(List.of("/", "/join", "/blog", "https://elsewhere.example.org"), navLinks(site));
        assertTrue(site.page("/talks").isPresent(), "a section left out of the navigation is still served");
    }

    @Test
    void eachNewPageHasOneH1LandmarksAndItsSectionMarkedCurrent() {
        InProcessSite site = built(ExampleSite.fixture());
        Map<String, String> current = new LinkedHashMap<>();
        current.put("/talks", "Talks");
        current.put("/teaching", "Teaching");
        current.put("/projects", "Projects");
        current.put(ExampleSite.PAGE, "Join the group");
        current.put("/blog", "Blog");
        current.put(ExampleSite.BLOG_PAGE_2, "Blog");
        current.put(ExampleSite.POST, "Blog");
        current.put(ExampleSite.TAG, "Blog");
        for (Map.Entry<String, String> page : current.entrySet()) {
            Document doc = Jsoup.parse(site.html(page.getKey()));
            assertEquals("en", doc.select("html").attr("lang"), page.getKey());
            assertEquals(1, doc.select("h1").size(), page.getKey());
            assertEquals(1, doc.select("main#main").size(), page.getKey());
            assertEquals(List.of(page.getValue()), doc.select("header nav a[aria-current=page]").eachText(), page.getKey());
            assertTrue(doc.select("script:not([type=application/ld+json])").isEmpty(), "no JavaScript outside dev mode");
        }
    }

    private static void assertPublished(InProcessSite.Build build) {
        assertTrue(build.outcome().ok(), build::errorText);
    }

    /** The addresses in the sitemap, which must be well-formed XML. */
    static List<String> sitemap(InProcessSite site) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList locs = factory.newDocumentBuilder().parse(new ByteArrayInputStream(site.page("/sitemap.xml")
                .orElseThrow().body())).getElementsByTagNameNS("*", "loc");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            texts.add(locs.item(i).getTextContent());
        }
        return texts;
    }
}
