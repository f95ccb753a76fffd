package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fact in the content reaches the pages. The YAML is read here with plain Jackson, not
 * with the site's loader, so a field the loader or a template forgets cannot hide.
 */
class CompletenessTest {

    @TempDir
    static Path dir;
    static TestSite site;
    static Document publications;
    static Document experience;
    static Document home;

    @BeforeAll
    static void start() throws Exception {
        site = TestSite.start(dir);
        publications = Jsoup.parse(site.http.text("/publications"));
        experience = Jsoup.parse(site.http.text("/experience"));
        home = Jsoup.parse(site.http.text("/"));
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(Path.of("content", file).toFile(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return (List<Map<String, Object>>) map.getOrDefault(key, List.of());
    }

    /** Markdown links [text](url) read as their text on the page. */
    static String plain(Object markdown) {
        return String.valueOf(markdown).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyPublicationShowsEveryFieldOnItsOwnEntry() throws IOException {
        List<Map<String, Object>> pubs = list(yaml("publications.yaml"), "publications");
        assertEquals(20, pubs.size());
        assertEquals(20, publications.select("article.pub").size());
        for (Map<String, Object> pub : pubs) {
            String title = (String) pub.get("title");
            List<Element> matches = publications.select("article.pub").stream()
                    .filter(a -> a.select(".pub-title").text().equals(title)).toList();
            assertEquals(1, matches.size(), "one entry titled " + title);
            Element entry = matches.get(0);
            String authors = entry.select(".pub-authors").text();
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) pub.get("authors");
            assertTrue(authors.startsWith(String.join(", ", names)), "authors in order for " + title + ": " + authors);
            assertEquals(pub.get("venue"), entry.select(".venue").text());
            if (pub.containsKey("venue_full")) {
                assertTrue(entry.select(".pub-venue-full").text().contains((String) pub.get("venue_full")), title);
            }
            if (pub.containsKey("volume")) {
                assertTrue(entry.text().contains("Vol. " + pub.get("volume")), title);
            }
            if (pub.containsKey("arxiv")) {
                assertTrue(entry.text().contains("arXiv:" + pub.get("arxiv")), title);
                assertEquals("https://arxiv.org/abs/" + pub.get("arxiv"), entry.select(".pub-links a").attr("href"));
            }
            if (pub.containsKey("note")) {
                assertTrue(authors.contains((String) pub.get("note")), title);
            }
            if (pub.containsKey("author_count")) {
                assertTrue(authors.contains(pub.get("author_count") + " authors"), title);
            }
            if (Boolean.TRUE.equals(pub.get("et_al"))) {
                assertTrue(authors.contains(" et al."), title);
            }
            @SuppressWarnings("unchecked")
            List<String> awards = (List<String>) pub.getOrDefault("awards", List.of());
            assertEquals(awards, entry.select(".badge").eachText(), title);
            if (pub.containsKey("year")) {
                assertEquals(String.valueOf(pub.get("year")),
                        entry.closest("section.year").select("h2").text(), title);
            }
        }
    }

    @Test
    void everyPositionDegreeSkillAndServiceIsOnTheExperiencePage() throws IOException {
        Map<String, Object> exp = yaml("experience.yaml");
        List<Element> positions = experience.select("#work ~ ol .entry");
        List<Map<String, Object>> expected = list(exp, "positions");
        assertEquals(expected.size(), positions.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> p = expected.get(i);
            Element entry = positions.get(i);
            assertEquals(p.get("title"), entry.select("h3").text());
            assertTrue(entry.select(".entry-org").text().startsWith((String) p.get("organization")));
            assertTrue(entry.select(".entry-org").text().contains((String) p.get("location")));
            if (p.containsKey("description")) {
                assertEquals(plain(p.get("description")), entry.select(".entry-text").text());
            }
        }
        List<Element> degrees = experience.select("#education ~ ol .entry");
        List<Map<String, Object>> education = list(exp, "education");
        assertEquals(education.size(), degrees.size());
        for (int i = 0; i < education.size(); i++) {
            Map<String, Object> e = education.get(i);
            String text = degrees.get(i).text();
            for (String key : List.of("degree", "institution", "location", "advisor", "thesis")) {
                if (e.containsKey(key)) {
                    assertTrue(text.contains((String) e.get(key)), key + " of " + e.get("degree") + ": " + text);
                }
            }
            for (String key : List.of("honors", "notes")) {
                @SuppressWarnings("unchecked")
                List<String> items = (List<String>) e.getOrDefault(key, List.of());
                items.forEach(item -> assertTrue(text.contains(item), item));
            }
        }
        String skills = experience.select("#skills ~ dl").text();
        list(exp, "skills").forEach(s -> assertTrue(skills.contains(s.get("category") + " " + s.get("text")), skills));
        String service = experience.select("#service ~ dl").text();
        for (Map<String, Object> s : list(exp, "service")) {
            @SuppressWarnings("unchecked")
            List<String> venues = (List<String>) s.get("venues");
            assertTrue(service.contains(s.get("category") + " " + s.get("role") + " for " + String.join(", ", venues)),
                    service);
        }
    }

    @Test
    void profileFactsAreOnTheHomePage() throws IOException {
        Map<String, Object> profile = yaml("profile.yaml");
        String text = home.text();
        assertTrue(text.contains((String) profile.get("name")));
        @SuppressWarnings("unchecked")
        List<String> emails = (List<String>) profile.get("emails");
        emails.forEach(e -> assertTrue(text.contains(e), e));
        for (Map<String, Object> link : list(profile, "links")) {
            assertEquals(1, home.select("a[href=\"" + link.get("url") + "\"]").size(), String.valueOf(link));
            assertTrue(text.contains((String) link.get("text")));
        }
        assertTrue(text.contains(plain(profile.get("research_interests"))));
    }

    /** Facts of the CV quoted word for word, as a reader of the site must find them. */
    @Test
    void cvFactsAppearExactlyAsWritten() {
        String exp = experience.text();
        List<String> missing = new ArrayList<>();
        for (String fact : List.of(
                "Senior Researcher", "2021–Present", "2020–2021", "Summer 2019", "Summer 2017", "Summer 2016",
                "Bellevue, WA, USA", "Redmond, WA, USA", "LLM-jp LLM 勉強会", "Remote, Japan", "2023–Present",
                "Achieved up to 7.1 times speedup under the same accuracy targets.",
                "a potential 35.2 to 106.1 million dollars net profit gain in a quarter.",
                "a potential 20.7 to 70.5 million dollars net profit gain in a quarter.",
                "Published a paper at SIGMOD 2020.", "Published a paper at WWW 2018.", "Published a paper at SoCC 2017.",
                "pretrain the project's first open-source 13B model \"LLM-jp-13B\"",
                "Ph.D. in Computer Science", "Carnegie Mellon University", "Pittsburgh, PA, USA", "2014–2020",
                "Advisor: David G. Andersen",
                "Thesis: Learned Adaptive Accuracy-Cost Optimization for Machine Learning Systems.",
                "M.S. in Computer Science", "Rice University", "Houston, TX, USA", "2013–2014", "Advisor: Alan L. Cox",
                "Thesis: GD-Wheel: A Cost-Aware Replacement Policy for Key-Value Stores.",
                "B.S. in Computer Science", "2009–2013",
                "magna cum laude, distinction in research and creative work.",
                "GPA 4.04, Ranked 1st in Dept. of Computer Science (Class of 2013).",
                "Programming Mostly using Python and C++. Familiar with C, C#, Java.",
                "Speaking English, Chinese (native), Japanese (JLPT N1).",
                "Reviewer for ICLR 2024, NeurIPS 2023, ICML 2022, MLSys 2020, PACT 2019, Middleware 2018, ICAC 2018, IEEE CLOUD 2018",
                "Reviewer for Elsevier Neural Networks, ACM Transactions on Storage, ACM SIGMOD Record")) {
            if (!exp.contains(fact)) {
                missing.add(fact);
            }
        }
        String pubs = publications.text();
        for (String fact : List.of(
                "Teven Le Scao et al. (391 authors. I contributed to code and infrastructure to train BLOOM on the "
                        + "Jean Zay supercomputer as a member of the Engineering team.)",
                "Shuaiwen Leon Song, Bonnie Krufft, Minjia Zhang, Conglong Li et al.",
                "arXiv preprint arXiv:2309.14327", "arXiv preprint arXiv:2308.01320", "arXiv preprint arXiv:2211.05100",
                "HiPC 2022 Best Paper", "NeurIPS 2022 Oral Paper", "CoNEXT 2015 Best Paper Nominee",
                "ACM TACO 2013", "Vol. 10(4)", "NeurIPS 2023 AI for Science Workshop",
                "In 29th IEEE International Conference on High Performance Computing, Data, and Analytics")) {
            if (!pubs.contains(fact)) {
                missing.add(fact);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(experience.select("a[href=https://github.com/microsoft/DeepSpeed]").size() == 1);
        assertTrue(experience.select("a[href=https://llm-jp.nii.ac.jp]").size() == 1);
    }
}
