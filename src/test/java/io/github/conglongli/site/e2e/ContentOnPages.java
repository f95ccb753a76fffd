package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.conglongli.site.content.ContentLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;

/**
 * Every value of a content directory's YAML is on the pages the site serves. The YAML is read
 * with plain Jackson, not with the site's loader, so a field the loader or a template forgets
 * cannot hide. Whatever the files hold is checked, and nothing more: any number of entries, any
 * optional field present or not, optional files there or not.
 */
final class ContentOnPages {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path content;
    private final Http http;

    ContentOnPages(TestSite site) {
        this.content = site.content;
        this.http = site.http;
    }

    /** Each check as a test of its own, for a {@code @TestFactory}. */
    Stream<DynamicTest> checks() {
        return Stream.of(
                dynamicTest("the site settings are on every page", this::assertSiteSettings),
                dynamicTest("the profile is on the home page", this::assertProfile),
                dynamicTest("every publication shows every field on its own entry", this::assertEveryPublication),
                dynamicTest("every position, degree, skill and service is on the experience page",
                        this::assertEveryPositionDegreeSkillAndService),
                dynamicTest("every news item is on the news page", this::assertEveryNewsItem));
    }

    void assertSiteSettings() {
        Map<String, Object> site = yaml(ContentLoader.SITE);
        Document home = http.page("/");
        assertTrue(home.select("header").text().contains(text(site, "title")), "the site title in the header");
        if (site.containsKey("description")) {
            assertEquals(plain(site.get("description")), home.select("meta[name=description]").attr("content"));
        }
        List<Map<String, Object>> nav = list(site, "nav");
        if (!nav.isEmpty()) {
            assertEquals(nav.stream().map(n -> text(n, "title")).toList(), home.select("header nav a").eachText());
            assertEquals(nav.stream().map(n -> text(n, "url")).toList(), home.select("header nav a").eachAttr("href"));
        }
    }

    void assertProfile() {
        Map<String, Object> profile = yaml(ContentLoader.PROFILE);
        Document home = http.page("/");
        String text = home.text();
        for (String key : List.of("name", "role", "affiliation", "team", "location")) {
            if (profile.containsKey(key)) {
                assertTrue(text.contains(text(profile, key)), key + ": " + profile.get(key));
            }
        }
        strings(profile, "emails").forEach(email -> assertTrue(text.contains(email), email));
        for (Map<String, Object> link : list(profile, "links")) {
            assertEquals(1, home.select(".contact a[href=\"" + link.get("url") + "\"]").size(), String.valueOf(link));
            String shown = link.containsKey("text") ? text(link, "text") : text(link, "label");
            assertTrue(home.select(".contact").text().contains(shown), shown);
        }
        for (String key : List.of("bio", "research_interests")) {
            if (profile.containsKey(key)) {
                assertTrue(text.contains(plain(profile.get(key))), key);
            }
        }
    }

    void assertEveryPublication() {
        List<Map<String, Object>> pubs = list(yaml(ContentLoader.PUBLICATIONS), "publications");
        Document doc = http.page("/publications");
        if (!Files.exists(content.resolve(ContentLoader.BIBTEX))) {
            assertEquals(pubs.size(), doc.select("article.pub").size(), "one entry for each publication");
        }
        for (Map<String, Object> pub : pubs) {
            if (!pub.containsKey("title")) {
                continue; // completes an entry of publications.bib, where its title is
            }
            String title = text(pub, "title");
            List<Element> matches = doc.select("article.pub").stream()
                    .filter(a -> a.select(".pub-title").text().equals(title)).toList();
            assertEquals(1, matches.size(), "one entry titled " + title);
            assertPublication(pub, matches.get(0));
        }
    }

    private void assertPublication(Map<String, Object> pub, Element entry) {
        String title = text(pub, "title");
        String authors = entry.select(".pub-authors").text();
        if (pub.containsKey("authors")) {
            assertTrue(authors.startsWith(String.join(", ", strings(pub, "authors"))),
                    "authors in order for " + title + ": " + authors);
        }
        if (pub.containsKey("venue")) {
            assertEquals(text(pub, "venue"), entry.select(".venue").text(), title);
        }
        if (pub.containsKey("venue_full")) {
            assertTrue(entry.select(".pub-venue-full").text().contains(text(pub, "venue_full")), title);
        }
        if (pub.containsKey("volume")) {
            assertTrue(entry.text().contains("Vol. " + text(pub, "volume")), title);
        }
        if (pub.containsKey("arxiv")) {
            assertTrue(entry.select(".pub-links a").eachAttr("href").contains("https://arxiv.org/abs/" + text(pub, "arxiv")),
                    title);
        }
        if (pub.containsKey("doi")) {
            assertTrue(entry.select(".pub-links a").eachAttr("href").contains("https://doi.org/" + text(pub, "doi")), title);
        }
        map(pub, "links").values().forEach(url ->
                assertTrue(entry.select(".pub-links a").eachAttr("href").contains(String.valueOf(url)), url + " for " + title));
        if (pub.containsKey("note")) {
            assertTrue(authors.contains(text(pub, "note")), title);
        }
        if (pub.containsKey("author_count")) {
            assertTrue(authors.contains(text(pub, "author_count") + " authors"), title);
        }
        if (Boolean.TRUE.equals(pub.get("et_al"))) {
            assertTrue(authors.contains(" et al."), title);
        }
        if (!pub.containsKey("bibtex")) {
            assertEquals(strings(pub, "awards"), entry.select(".badge").eachText(), title);
        }
        if (pub.containsKey("year")) {
            assertEquals(text(pub, "year"), entry.closest("section.year").select("h2").text(), title);
        }
        String path = entry.select(".pub-title a").attr("href");
        if (pub.containsKey("slug")) {
            assertEquals("/publications/" + text(pub, "slug"), path, title);
        }
        if (pub.containsKey("abstract") || pub.containsKey("date")) {
            Document paper = http.page(path);
            if (pub.containsKey("abstract")) {
                assertTrue(paper.select("main").text().contains(plain(pub.get("abstract"))), "abstract of " + title);
            }
            if (pub.containsKey("date")) {
                assertEquals(text(pub, "date").replace('-', '/'),
                        paper.select("meta[name=citation_publication_date]").attr("content"), "date of " + title);
            }
        }
    }

    void assertEveryPositionDegreeSkillAndService() {
        Map<String, Object> exp = yaml(ContentLoader.EXPERIENCE);
        Document experience = http.page("/experience");
        List<Element> positions = experience.select("#work ~ ol .entry");
        List<Map<String, Object>> expected = list(exp, "positions");
        assertEquals(expected.size(), positions.size());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> p = expected.get(i);
            Element entry = positions.get(i);
            assertEquals(text(p, "title"), entry.select("h3").text());
            String org = entry.select(".entry-org").text();
            assertTrue(org.startsWith(text(p, "organization")), org);
            if (p.containsKey("location")) {
                assertTrue(org.contains(text(p, "location")), org);
            }
            if (p.containsKey("url")) {
                assertEquals(text(p, "url"), entry.select(".entry-org a").attr("href"));
            }
            if (p.containsKey("description")) {
                assertEquals(plain(p.get("description")), entry.select(".entry-text").text());
            }
            assertPeriod(p, entry);
        }
        List<Element> degrees = experience.select("#education ~ ol .entry");
        List<Map<String, Object>> education = list(exp, "education");
        assertEquals(education.size(), degrees.size());
        for (int i = 0; i < education.size(); i++) {
            Map<String, Object> e = education.get(i);
            String text = degrees.get(i).text();
            for (String key : List.of("degree", "institution", "location", "advisor", "thesis")) {
                if (e.containsKey(key)) {
                    assertTrue(text.contains(text(e, key)), key + " of " + e.get("degree") + ": " + text);
                }
            }
            for (String key : List.of("honors", "notes")) {
                strings(e, key).forEach(item -> assertTrue(text.contains(item), item));
            }
            assertPeriod(e, degrees.get(i));
        }
        String skills = experience.select("#skills ~ dl").text();
        list(exp, "skills").forEach(s -> assertTrue(skills.contains(s.get("category") + " " + s.get("text")), skills));
        String service = experience.select("#service ~ dl").text();
        for (Map<String, Object> s : list(exp, "service")) {
            String line = s.get("category") + " " + s.get("role") + " for " + String.join(", ", strings(s, "venues"));
            assertTrue(service.contains(line), service);
        }
    }

    /** The years of a period, and its term, are in the entry's heading ("Summer 2019", "2021–Present"). */
    private static void assertPeriod(Map<String, Object> yaml, Element entry) {
        String head = entry.select(".entry-head").text();
        for (String key : List.of("start", "end")) {
            if (yaml.containsKey(key)) {
                String value = text(yaml, key);
                String expected = value.equalsIgnoreCase("present") ? "Present" : value.substring(0, 4);
                assertTrue(head.contains(expected), key + " " + value + " in " + head);
            }
        }
        if (yaml.containsKey("term")) {
            assertTrue(head.contains(text(yaml, "term")), head);
        }
    }

    void assertEveryNewsItem() {
        List<Map<String, Object>> items = list(yaml(ContentLoader.NEWS), "news");
        if (items.isEmpty()) {
            assertEquals(404, http.get("/news").statusCode(), "no news, no news page");
            return;
        }
        Document news = http.page("/news");
        assertEquals(items.size(), news.select("ul.news li").size());
        for (Map<String, Object> item : items) {
            String text = plain(item.get("text"));
            List<Element> matches = news.select("ul.news li").stream().filter(li -> li.text().contains(text)).toList();
            assertEquals(1, matches.size(), "one item saying " + text);
            assertEquals(text(item, "date"), matches.get(0).select("time").attr("datetime"), text);
            if (item.containsKey("url")) {
                assertTrue(matches.get(0).select("a").eachAttr("href").contains(text(item, "url")), text);
            }
        }
    }

    /** A content file as plain maps and lists; empty when the file is not there or has nothing in it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> yaml(String file) {
        Path path = content.resolve(file);
        if (!Files.exists(path)) {
            return Map.of();
        }
        try {
            return Objects.requireNonNullElse(YAML.readValue(path.toFile(), Map.class), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        return Objects.requireNonNullElse((List<Map<String, Object>>) map.get(key), List.of());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> map, String key) {
        return Objects.requireNonNullElse((Map<String, Object>) map.get(key), Map.of());
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> map, String key) {
        List<Object> values = Objects.requireNonNullElse((List<Object>) map.get(key), List.of());
        return values.stream().map(String::valueOf).toList();
    }

    static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertFalse(value == null, () -> "no '" + key + "' in " + map);
        return String.valueOf(value).strip();
    }

    /** What inline Markdown reads as on the page: links as their text, no emphasis marks, spaces folded. */
    static String plain(Object markdown) {
        return String.valueOf(markdown)
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\*\\*|\\*|`", "")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
