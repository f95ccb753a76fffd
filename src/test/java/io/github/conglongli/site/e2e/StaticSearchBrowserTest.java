package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.Main;
import io.github.conglongli.site.search.BrowserIndex;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search of a site exported with {@code export --search}, in headless Chromium, served by a
 * static host that sends the Content-Security-Policy export asks for: the queries of
 * {@link SiteSearchTest}, on the same content, find what the server finds, marked and counted
 * the same way, and the script analyses words as the index (Lucene) does.
 */
@Timeout(180)
class StaticSearchBrowserTest {

    private static final Pattern POLICY = Pattern.compile("Content-Security-Policy: (.+)");
    private static final String EMPTY = "Type what you are looking for";
    private static final String LOADING = "Searching…";

    @TempDir
    static Path dir;

    static String policy;
    static StaticHost host;
    static Browser browser;

    @BeforeAll
    static void exportAndServe() throws IOException {
        Path export = dir.resolve("public");
        policy = export(SiteSearchTest.fixture(), export);
        host = StaticHost.serve(export, Map.of("Content-Security-Policy", policy));
        browser = Browser.start(host.port());
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (host != null) {
                host.close();
            }
        }
    }

    /** Exports {@code site} with search into {@code export}; the policy the host is asked to send. */
    static String export(SiteFixture site, Path export) throws IOException {
        Path root = site.writeTo(Files.createTempDirectory(dir, "site"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("export", export.toString(), "--search", "--content",
                        root.resolve("content").toString(), "--static", root.resolve("static").toString()), Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Matcher m = POLICY.matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.find(), out.toString(StandardCharsets.UTF_8));
        return m.group(1).strip();
    }

    /** Opens the search page for {@code query} and waits for the script to answer it. */
    static void search(String query) {
        browser.open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        awaitAnswer();
    }

    static void awaitAnswer() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            String message = d.findElement(By.id("search-message")).getText();
            return !message.isEmpty() && !message.startsWith(EMPTY) && !message.equals(LOADING);
        });
    }

    static List<String> titles() {
        return texts(".search-result h2");
    }

    static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    static String message() {
        return browser.driver.findElement(By.id("search-message")).getText();
    }

    @Test
    void japaneseIsFoundWithoutSpaces() {
        search("データ");
        assertEquals(List.of("データ効率の研究"), titles());
        assertEquals(List.of("データ"), texts(".search-result h2 mark"));
        assertEquals(List.of("Post"), texts(".search-kind"));
        assertTrue(browser.driver.getTitle().startsWith("Search: データ · "), browser.driver.getTitle());
    }

    @Test
    void chineseIsFoundByAWordInsideAnother() {
        search("效率");
        assertEquals(List.of("数据效率笔记"), titles());
        assertEquals(List.of("效率", "效率"), texts(".search-result mark"), "in the title and the snippet");
    }

    @Test
    void accentsAndCaseFold() {
        search("schrodinger");
        assertEquals(List.of("Schrödinger Bridges for Weaving"), titles());
        assertEquals(List.of("Schrödinger"), texts(".search-result h2 mark"));
    }

    @Test
    void englishWordsAreStemmed() {
        search("scaling");
        assertEquals(List.of("Data Efficiency at Scale"), titles());
        assertEquals(List.of("Scale"), texts(".search-result h2 mark"), "scaling finds scale");
        assertEquals(List.of("scaling"), texts(".snippet mark"));
    }

    @Test
    void titleMatchesRankAboveBodyMatchesAndRecentAboveOldOnTies() {
        search("efficiency");
        List<String> found = titles();
        assertEquals(4, found.size(), found.toString());
        assertTrue(found.indexOf("Efficiency of Gears") < found.indexOf("Efficiency of Looms"), "2019 before 2015");
        assertEquals("Punched Card Compression", found.get(3), "the only match in a body comes last");
    }

    @Test
    void aPhraseMatchesItsWordsInARow() {
        search("\"data efficiency\"");
        assertEquals(List.of("Data Efficiency at Scale", "Punched Card Compression"), titles());
    }

    @Test
    void aMinusLeavesOut() {
        search("efficiency -looms");
        assertEquals(List.of("Efficiency of Gears", "Data Efficiency at Scale", "Punched Card Compression"), titles());
    }

    @Test
    void fieldPrefixesSearchOneField() {
        Map<String, List<String>> expected = Map.of(
                "author:hopper", List.of("Data Efficiency at Scale"),
                "efficiency year:2015", List.of("Efficiency of Looms"),
                "tag:engines", List.of("Engines Weekly"),
                "engines kind:talk", List.of("Engines in a Kilobyte"),
                "positions", List.of("Join the group"));
        expected.forEach((query, titles) -> {
            search(query);
            assertEquals(titles, titles(), query);
        });
    }

    @Test
    void aWordFarDownALongPostIsFoundButTheSnippetIsTheStart() {
        search("quipu");
        assertEquals(List.of("A long diary"), titles());
        assertTrue(texts(".snippet").get(0).startsWith("Spinning wheels turn slowly."), texts(".snippet").toString());
        assertEquals(List.of(), texts(".snippet mark"), "the index ships no bodies: only their start is quoted");
    }

    @Test
    void resultsArePagedWithTheirCount() {
        search("loom");
        assertEquals(10, titles().size());
        assertEquals("13 results for “loom”, page 1 of 2", message());
        WebElement next = browser.driver.findElement(By.cssSelector(".pager a[rel=next]"));
        assertEquals("/search/?q=loom&page=2", next.getDomAttribute("href"));
        next.click();
        awaitAnswer();
        assertEquals(3, titles().size());
        assertEquals("/search/?q=loom", browser.driver.findElement(By.cssSelector(".pager a[rel=prev]"))
                .getDomAttribute("href"));
        assertEquals("loom", browser.driver.findElement(By.id("search-q")).getDomProperty("value"));
    }

    @Test
    void noResultsAndBadQueriesSaySo() {
        search("efficency");
        assertEquals("Nothing matches “efficency”.", message());
        assertEquals(List.of(), titles());
        search("year:abc");
        assertEquals("year: takes a year of four digits, not “abc”.", message());
        search("-looms");
        assertEquals("Say what to find as well as what to leave out.", message());
        search("a ".repeat(20));
        assertEquals("That is too many terms: a search takes at most 12.", message());
    }

    @Test
    void theHeaderBoxLeadsToTheSearchPage() {
        browser.open("/publications");
        WebElement box = browser.driver.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("scaling");
        box.submit();
        awaitAnswer();
        assertEquals(List.of("Data Efficiency at Scale"), titles());
    }

    @Test
    void theIndexIsFetchedOnlyWhenAQueryIsTyped() {
        browser.open("/");
        assertEquals(0L, browser.js("return document.querySelectorAll('script[src]').length"),
                "no script on other pages");
        browser.open("/search");
        assertEquals(EMPTY, message().substring(0, EMPTY.length()));
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('index.json')).length"), "the index is not fetched yet");
        search("loom");
        assertEquals(1L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/search/index.json')).length"));
    }

    @Test
    void theResultsPagePassesAxeWithoutConsoleErrors() {
        browser.console();
        search("efficiency");
        Axe.assertNoWcag21AaViolations(browser, "the static search's results");
        List<String> console = browser.console();
        assertTrue(console.stream().noneMatch(line -> line.startsWith("SEVERE") || line.contains("Content Security")),
                console.toString());
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
    }

    /**
     * The script turns text into the index's terms as the export's Lucene filters do: Unicode
     * words, folded case, accents, widths and ligatures, possessives and Porter stems, CJK runs
     * whole. Checked on tricky text and on the prose of the documentation (thousands of English
     * words through the stemmer).
     */
    @Test
    void theScriptAnalysesTextAsTheIndexDoes() throws IOException {
        List<String> texts = new ArrayList<>(List.of(
                "Schrödinger's cats scaling caches ß Æsir Łódź ﬁne naïve façade Ørsted Ångström",
                "O'Neil don’t rock'n'roll U.S.A. 3.14 e-mail data_set x86-64 1,000 v2.0 ｆｕｌｌ ＡＢＣ ｶﾀｶﾅ",
                "データ効率の研究 数据效率笔记 大規模モデルのデータ効率について書きます。한국어 텍스트 ３つ BERTモデル",
                "generalizations conditional rational relational hopefulness formality sensibility "
                        + "controlling agreed feed happy sky triplicate electrical hopping falling hissing fizzing"));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                for (String paragraph : Files.readString(doc).split("\n\n")) {
                    // prose only: code is where word breaks may differ between engines (see docs/search.md)
                    if (!paragraph.startsWith("```") && !paragraph.contains("|") && !paragraph.startsWith("    ")) {
                        texts.add(paragraph.replaceAll("`[^`]*`", " "));
                    }
                }
            }
        }
        browser.open("/search");
        int words = 0;
        List<String> differences = new ArrayList<>();
        for (String text : texts) {
            List<String> expected = BrowserIndex.terms(text);
            Object actual = browser.js("return SiteSearch.tokens(arguments[0]).map(t => t.term)", text);
            words += expected.size();
            if (!expected.equals(actual)) {
                differences.add(text + "\n  Lucene: " + expected + "\n  script: " + actual);
            }
        }
        assertTrue(words > 5_000, "words compared: " + words);
        assertEquals(List.of(), differences);
    }

    @Test
    void theSearchPageKeepsItsPolicyOnAHostThatSendsNone() throws IOException {
        try (StaticHost pages = StaticHost.serve(dir.resolve("public"), Map.of())) { // as GitHub Pages sends none
            browser.console();
            browser.driver.get("http://127.0.0.1:" + pages.port() + "/search?q=scaling");
            awaitAnswer();
            assertEquals(List.of("Data Efficiency at Scale"), titles());
            browser.js("const s = document.createElement('script'); s.textContent = 'window.ran = 1'; "
                    + "document.body.append(s)");
            assertEquals(null, browser.js("return window.ran ?? null"), "an inline script is refused");
            assertTrue(browser.console().stream().anyMatch(line -> line.contains("Content Security Policy")),
                    "the refusal is the page's policy's");
        }
    }

    @Test
    void theSearchSpeaksTheSiteLanguage() throws IOException {
        Path export = dir.resolve("public-zh");
        String zhPolicy = export(SiteSearchTest.fixture().site(s -> s.language("zh")), export);
        try (StaticHost zh = StaticHost.serve(export, Map.of("Content-Security-Policy", zhPolicy))) {
            browser.driver.get("http://127.0.0.1:" + zh.port() + "/search?q=" + URLEncoder.encode("效率",
                    StandardCharsets.UTF_8));
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !texts(".search-result").isEmpty()
                    && !message().equals("正在搜索…"));
            assertEquals("“效率”共有 1 条结果", message());
            assertEquals(List.of("文章"), texts(".search-kind"));
        }
        assertFalse(zhPolicy.isEmpty());
    }
}
