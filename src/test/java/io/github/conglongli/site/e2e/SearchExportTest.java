package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.conglongli.site.Main;
import io.github.conglongli.site.search.SearchDocument;
import io.github.conglongli.site.search.SearchDocuments;
import io.github.conglongli.site.testing.ExampleSite;
import io.github.conglongli.site.testing.SiteFixture;
import io.github.conglongli.site.web.SecurityHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported site has no server to search with, so by default it has no search: no box in any
 * page (it would lead to a page that is not there), no search page, no script, nothing in the
 * sitemap. With {@code export --search} it has the box again, and a search page answered in the
 * browser by one script and a JSON index (docs/search.md, "Static export"; the browser's side is
 * {@link StaticSearchBrowserTest}).
 */
@Timeout(120)
class SearchExportTest {

    @TempDir
    Path dir;

    @Test
    void anExportHasNoSearchBoxAndNoSearchPage() throws IOException {
        Path export = dir.resolve("public");
        export(ExampleSite.fixture(), export);

        List<Path> pages = pages(export);
        assertTrue(pages.size() > 10, "the pages were exported: " + pages.size());
        for (Path page : pages) {
            String html = read(page);
            assertFalse(html.contains("role=\"search\""), page + " has a search box");
            assertFalse(html.contains("/search\""), page + " links to the search page");
            assertFalse(html.contains("<script src"), page + " loads a script");
        }
        assertFalse(Files.exists(export.resolve("search")) || Files.exists(export.resolve("search.html")),
                "no search page");
        assertFalse(Files.exists(export.resolve("search.js")), "no script");
        assertFalse(read(export.resolve("sitemap.xml")).contains("/search"));
    }

    @Test
    void anExportWithSearchHasTheBoxThePageOneScriptAndALeanIndex() throws IOException {
        SiteFixture fixture = SiteSearchTest.fixture().file("posts/2024-06-01-long.md", SiteSearchTest.post("A long post",
                "Opening words of a long post. " + "Filler text. ".repeat(40) + "The closing sentence."));
        Path export = dir.resolve("public");
        String out = export(fixture, export, "--search");
        assertTrue(out.contains("Content-Security-Policy: " + SecurityHeaders.exportWithSearchPolicy(List.of())),
                "export says which policy the host must send: " + out);
        assertTrue(out.contains("script-src 'self'"), out);

        for (Path page : pages(export)) {
            Document doc = Jsoup.parse(read(page));
            var form = doc.select("header form[role=search]");
            assertEquals(1, form.size(), page + " has the header's box");
            assertEquals("/search/", form.attr("action"), page + ": the folder's address, answered without a redirect");
            assertEquals("get", form.attr("method"), page.toString());
            boolean searchPage = page.equals(export.resolve("search/index.html"));
            assertEquals(searchPage ? 1 : 0, doc.select("script[src]").size(), page + ": the script only on the search page");
            assertEquals(0, doc.select("script:not([src]):not([type=application/ld+json])").size(), page + ": no inline script");
            assertEquals(searchPage ? 1 : 0, doc.select("meta[http-equiv=Content-Security-Policy]").size(),
                    page + ": a policy in the page only where a script runs");
        }
        Document search = Jsoup.parse(read(export.resolve("search/index.html")));
        assertTrue(search.select("script[src]").attr("src").startsWith("/search.js?v="), search.select("script").outerHtml());
        assertEquals("noindex", search.select("meta[name=robots]").attr("content"));
        Set<String> asked = directives(SecurityHeaders.exportWithSearchPolicy(List.of()));
        asked.remove("frame-ancestors 'none'"); // a meta element cannot say it
        assertEquals(asked, directives(search.select("meta[http-equiv=Content-Security-Policy]").attr("content")),
                "the search page carries the policy the host is asked for, for hosts that send none");
        Document noscript = Jsoup.parse(search.select("noscript").html());
        assertEquals("/publications", noscript.select("a").attr("href"), "without JavaScript, the publications list");
        assertFalse(read(export.resolve("sitemap.xml")).contains("/search"));

        String script = read(export.resolve("search.js"));
        for (String unsafe : List.of("eval(", "new Function", "innerHTML", "document.write", "http://", "https://")) {
            assertFalse(script.contains(unsafe), "search.js uses " + unsafe);
        }

        JsonNode index = new ObjectMapper().readTree(export.resolve("search/index.json").toFile());
        List<String> titles = new ArrayList<>();
        index.get("docs").forEach(doc -> titles.add(doc.get(2).asText()));
        assertEquals(SearchDocuments.of(fixture.load(), false).stream().map(SearchDocument::title).sorted().toList(),
                titles.stream().sorted().toList(), "the server's documents, each once");
        List<String> terms = new ArrayList<>();
        index.get("terms").forEach(term -> terms.add(term.asText()));
        assertTrue(terms.containsAll(List.of("scale", "schroding", "データ効率の研究", "数据效率笔记")), terms.toString());
        String json = read(export.resolve("search/index.json"));
        assertTrue(json.contains("Opening words of a long post."), "an excerpt of the body");
        assertFalse(json.contains("The closing sentence."), "no whole bodies");
    }

    /** Runs {@code export} of {@code site} into {@code export}; what it printed. */
    private String export(SiteFixture site, Path export, String... options) {
        Path root = site.writeTo(dir.resolve("site"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("export", export.toString(), "--content",
                root.resolve("content").toString(), "--static", root.resolve("static").toString()));
        args.addAll(List.of(options));
        int code = Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Set<String> directives(String policy) {
        return new TreeSet<>(List.of(policy.split("; ")));
    }

    private static List<Path> pages(Path export) throws IOException {
        try (Stream<Path> walk = Files.walk(export)) {
            return walk.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
