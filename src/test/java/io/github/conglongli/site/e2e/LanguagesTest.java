package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.testing.LocalizedSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interface speaks the site's language: every shipped bundle has every key of the English
 * one, each of its patterns formats, and a site in Chinese or Japanese shows no English interface
 * word on any page, in its text or in the attributes a reader meets (aria-label, placeholder,
 * title, alt, the page title and description). Dates follow the language, {@code <html lang>}
 * is the site's tag, an owner's {@code labels:} override changes one string, and a language
 * without a bundle is served in English.
 */
@Timeout(120)
class LanguagesTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.onDemand();

    private static final String BASE_URL = "https://ada.example.org";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern UNFORMATTED = Pattern.compile("\\{\\d");
    private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>" + Pattern.quote(BASE_URL) + "([^<]*)</loc>");
    /** Where the plain citation and the BibTeX of a paper are: they keep the paper's own (English) style. */
    private static final String PAPER_CITATION = "p.citation, pre.bibtex";

    @Test
    void everyBundleHasTheKeysOfTheEnglishOneAndNoOthers() {
        Set<String> english = bundleFile("en").stringPropertyNames();
        for (String language : Labels.SHIPPED) {
            Set<String> keys = bundleFile(language).stringPropertyNames();
            assertEquals(new TreeSet<>(), difference(english, keys), "keys missing from labels_" + language);
            assertEquals(new TreeSet<>(), difference(keys, english), "keys only in labels_" + language);
        }
    }

    /** Each pattern takes the arguments its English original takes, shows all of them, and formats. */
    @Test
    void everyPatternFormatsWithTheArgumentsOfItsEnglishOriginal() {
        Properties english = bundleFile("en");
        List<String> problems = new ArrayList<>();
        for (String language : Labels.SHIPPED) {
            Labels labels = Labels.of(language, Map.of());
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String original = english.getProperty(key);
                String pattern = labels.get(key);
                String where = "labels_" + language + " " + key + "=" + pattern;
                if (!placeholders(pattern).equals(placeholders(original))) {
                    problems.add(where + ": takes " + placeholders(pattern) + ", English " + placeholders(original));
                }
                if (placeholders(original).isEmpty()) {
                    continue; // shown as written, never through MessageFormat
                }
                if (pattern.replace("''", "").contains("'")) {
                    problems.add(where + ": a single ' starts quoted text in MessageFormat; write ''");
                }
                Object[] args = sampleArguments(original);
                try {
                    String text = labels.format(key, args);
                    for (Object arg : args) {
                        if (!text.contains(arg.toString())) {
                            problems.add(where + ": \"" + text + "\" does not show the argument " + arg);
                        }
                    }
                    if (text.contains("{") || text.contains("}")) {
                        problems.add(where + ": \"" + text + "\" keeps a brace");
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every page of a site in this language (the sitemap's, the 404 page, searches with and without
     * results, filters, a tag, the blog's second page): its {@code lang}, its dates, its filter
     * sentences, and for Chinese and Japanese not one English interface word.
     */
    @ParameterizedTest
    @CsvSource({"en, 4 Jul 2023, Sep 2023", "zh-CN, 2023年7月4日, 2023年9月", "ja, 2023年7月4日, 2023年9月"})
    void everyPageSpeaksTheSiteLanguage(String tag, String day, String month) throws Exception {
        TestSite site = serving.start(LocalizedSite.fixture(tag));
        Labels labels = Labels.of(tag, Map.of());
        Map<String, Document> pages = everyPage(site);
        List<String> problems = new ArrayList<>();
        pages.forEach((path, page) -> {
            if (!tag.equals(page.selectFirst("html").attr("lang"))) {
                problems.add(path + ": <html lang=\"" + page.selectFirst("html").attr("lang") + "\">");
            }
            if (shownText(page).stream().anyMatch(text -> UNFORMATTED.matcher(text).find())) {
                problems.add(path + ": an unformatted pattern");
            }
        });
        if (!labels.language().equals("en")) {
            problems.addAll(englishLeftOn(pages, labels));
        }
        assertEquals(List.of(), problems);

        Document home = pages.get("/");
        assertEquals(List.of("2024-01-15", LocalizedSite.NEWS_MONTH, LocalizedSite.NEWS_DAY),
                home.select("ul.news time").eachAttr("datetime"));
        assertEquals(month, home.select("ul.news time").get(1).text());
        assertEquals(day, home.select("ul.news time").get(2).text());
        assertEquals(labels.get("nav.home"), home.selectFirst("header nav a").text());
        assertEquals(labels.get("publications.title"), pages.get("/publications").selectFirst("h1").text());
        assertEquals("Charles Babbage" + labels.get("citation.etAl") + labels.format("citation.authorsNote",
                        labels.format("citation.countAndNote", labels.format("citation.authorCount", 391),
                                LocalizedSite.countessNote(tag))),
                pages.get("/publications/2022-countess").selectFirst(".pub-authors").text());

        assertEquals(labels.format("filters.none", labels.format("filters.quoted", "zzqx")) + " "
                + labels.get("filters.showAll"), pages.get("/publications?q=zzqx").select(".result").text());
        assertEquals(labels.format("filters.some", 1, 12, labels.format("filters.quoted", LocalizedSite.TITLE_WORD))
                + " " + labels.get("filters.showAll"),
                pages.get("/publications?q=" + LocalizedSite.TITLE_WORD).select(".result").text());
        assertTrue(pages.get("/publications?type=conference").select(".result").text()
                        .contains(labels.format("filters.byType", labels.get("type.conference"))),
                "the type filter is named by its label, not by its key in the address");
    }

    @ParameterizedTest
    @CsvSource({"en, Start", "zh-CN, 回到首页", "ja, トップ"})
    void aLabelsOverrideReplacesExactlyThatString(String tag, String home) throws Exception {
        TestSite plain = serving.start(LocalizedSite.fixture(tag));
        TestSite overridden = serving.start(LocalizedSite.fixture(tag)
                .site(s -> s.set("labels", Map.of("nav.home", home))));
        String bundled = Labels.of(tag, Map.of()).get("nav.home");
        for (String path : List.of("/", "/publications", "/experience", "/no-such-page")) {
            String before = plain.http.text(path);
            String after = overridden.http.text(path);
            assertNotEquals(before, after, path + " shows the override");
            assertEquals(before, after.replace(home, bundled), path + " differs only by the override");
        }
    }

    @Test
    void aLanguageWithoutABundleIsServedInEnglishUnderItsOwnTag() throws Exception {
        TestSite site = serving.start(LocalizedSite.fixture("it"));
        Labels english = Labels.of("en", Map.of());
        Map<String, Document> pages = everyPage(site);
        pages.forEach((path, page) -> assertEquals("it", page.selectFirst("html").attr("lang"), path));
        Document home = pages.get("/");
        assertEquals(Stream.of("home", "publications", "experience", "talks", "teaching", "projects", "blog", "cv")
                        .map(section -> english.get("nav." + section)).toList(),
                home.select("header nav a").eachText().subList(0, 8));
        assertEquals("4 Jul 2023", home.select("ul.news time").get(2).text());
        assertEquals(english.get("experience.title"), pages.get("/experience").selectFirst("h1").text());
        assertEquals(english.get("notFound.title"), pages.get("/no-such-page").selectFirst("h1").text());
    }

    /**
     * Titles and tags in Chinese or Japanese make addresses of their own letters: two papers of
     * one year do not share a slug, each page answers at its address (percent-encoded, as a
     * browser sends it), and the sitemap and canonical links write those addresses encoded.
     */
    @Test
    void titlesAndTagsInAnyScriptGiveDistinctAddresses() throws Exception {
        TestSite site = serving.start(SiteFixture.minimal()
                .publication(p -> p.title("大規模言語モデルの効率的な学習：通信の削減").authors("Ada Lovelace")
                        .venue("NLP 2024").type("conference").year(2024))
                .publication(p -> p.title("日本語の事前学習コーパス").authors("Ada Lovelace").venue("NLP 2024")
                        .type("conference").year(2024))
                .file("posts/2024-03-01-hello.md", "---\ntitle: こんにちは\ntags: [機械学習]\n---\n本文。\n"));
        String first = "/publications/2024-大規模言語モデルの効率的な学習";
        String second = "/publications/2024-日本語の事前学習コーパス";
        List<String> links = Jsoup.parse(site.http.text("/publications")).select("article h3 a, .pub-title a")
                .eachAttr("href");
        assertTrue(links.containsAll(List.of(first, second)), links.toString());
        String sitemap = site.http.text("/sitemap.xml");
        for (String path : List.of(first, second, "/blog/tags/機械学習")) {
            String encoded = encode(path);
            Document page = Jsoup.parse(site.http.text(encoded));
            assertEquals(BASE_URL + encoded, page.selectFirst("link[rel=canonical]").attr("href"), path);
            assertTrue(sitemap.contains("<loc>" + BASE_URL + encoded + "</loc>"), path + " in " + sitemap);
        }
    }

    /** {@code path} as a browser requests it: each byte beyond ASCII percent-encoded. */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            out.append(b >= 0 ? String.valueOf((char) b) : String.format("%%%02X", b & 0xFF));
        }
        return out.toString();
    }

    /** The pages with the English words found on them, each as "path: "word" in "text"". */
    private static List<String> englishLeftOn(Map<String, Document> pages, Labels labels) {
        Map<String, Pattern> words = new LinkedHashMap<>(); // whole words, case as written: "Home", not "homepage"
        englishWords(Labels.bundle(labels.language()))
                .forEach(word -> words.put(word, Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")));
        List<String> found = new ArrayList<>();
        pages.forEach((path, page) -> {
            for (String text : shownText(page)) {
                words.forEach((word, pattern) -> {
                    if (pattern.matcher(text).find()) {
                        found.add(path + ": \"" + word + "\" in \"" + text + "\"");
                    }
                });
            }
        });
        return found;
    }

    /**
     * What the English bundle would put on a page: each label without arguments, and the longest
     * run of words around the arguments of a pattern (at least 4 letters: "Publications by", not
     * "In"). Month names are left to the date assertions. Words the translation keeps (PDF,
     * BibTeX) are not English leftovers.
     */
    private static Set<String> englishWords(Map<String, String> translation) {
        Properties english = bundleFile("en");
        Set<String> words = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (key.startsWith("date.")) {
                continue;
            }
            String value = english.getProperty(key);
            if (placeholders(value).isEmpty()) {
                String word = trimToLetters(value);
                if (letters(word) >= 2) {
                    words.add(word);
                }
                continue;
            }
            Object[] args = sampleArguments(value);
            String formatted = new MessageFormat(value, Locale.ROOT).format(args);
            for (Object arg : args) {
                formatted = formatted.replace(arg.toString(), "\u0000");
            }
            Stream.of(formatted.split("[\u0000\\d]+"))
                    .map(LanguagesTest::trimToLetters)
                    .filter(fragment -> letters(fragment) >= 4)
                    .max((a, b) -> Integer.compare(letters(a), letters(b)))
                    .ifPresent(words::add);
        }
        words.removeIf(word -> translation.values().stream().anyMatch(value -> value.contains(word)));
        return words;
    }

    /**
     * The text a reader meets on a page: the visible text (but for the paper's citation, which
     * keeps its own style), the page title and description, and the attributes that show or say text.
     */
    private static List<String> shownText(Document page) {
        Document copy = page.clone();
        copy.select(PAPER_CITATION).remove();
        List<String> texts = new ArrayList<>();
        texts.add(copy.body().text());
        texts.add(copy.title());
        copy.select("meta[name=description], meta[property=og:title], meta[property=og:description], "
                        + "meta[name=twitter:title], meta[name=twitter:description]")
                .forEach(meta -> texts.add(meta.attr("content")));
        for (String attribute : List.of("aria-label", "placeholder", "title", "alt")) {
            for (Element element : copy.select("[" + attribute + "]")) {
                texts.add(element.attr(attribute));
            }
        }
        return texts;
    }

    /**
     * Every page of the site by its path: the sitemap's, and those no sitemap lists (the 404 page,
     * searches, filters). Each must answer 200, but the 404 page 404.
     */
    private static Map<String, Document> everyPage(TestSite site) {
        Set<String> paths = new LinkedHashSet<>();
        Matcher loc = SITEMAP_LOC.matcher(site.http.text("/sitemap.xml"));
        while (loc.find()) {
            paths.add(loc.group(1).isEmpty() ? "/" : loc.group(1));
        }
        assertTrue(paths.containsAll(List.of("/", "/publications", "/publications/2019", "/experience", "/cv",
                "/news", "/talks", "/teaching", "/projects", "/blog", "/blog/page/2", "/group/join")), paths.toString());
        assertTrue(paths.stream().anyMatch(path -> path.startsWith("/blog/tags/")), "a tag page: " + paths);
        paths.addAll(List.of("/no-such-page", "/publications?q=zzqx", "/publications?q=" + LocalizedSite.TITLE_WORD,
                "/publications?type=conference", "/publications?year=2023&award=1&view=compact",
                "/publications?venue=NeurIPS"));
        Map<String, Document> pages = new LinkedHashMap<>();
        for (String path : paths) {
            HttpResponse<byte[]> response = site.http.get(path);
            assertEquals(path.equals("/no-such-page") ? 404 : 200, response.statusCode(), path);
            pages.put(path, Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8)));
        }
        return pages;
    }

    /** A bundle as the jar ships it, read as plain properties (UTF-8), without Labels' fallback. */
    private static Properties bundleFile(String language) {
        String resource = "/labels/labels_" + language + ".properties";
        try (InputStream in = LanguagesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "no " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortedSet<Integer> placeholders(String pattern) {
        SortedSet<Integer> indexes = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    /** Arguments as the code passes them: a number where the English pattern counts, else a text. */
    private static Object[] sampleArguments(String englishPattern) {
        SortedSet<Integer> indexes = placeholders(englishPattern);
        int count = indexes.isEmpty() ? 0 : indexes.last() + 1;
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            boolean counts = englishPattern.contains("{" + i + ",choice") || englishPattern.contains("{" + i + ",number");
            args[i] = counts ? (Object) (7 + i) : "ARG" + i;
        }
        return args;
    }

    private static String trimToLetters(String text) {
        return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
