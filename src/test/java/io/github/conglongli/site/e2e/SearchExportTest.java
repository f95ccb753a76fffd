package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.Main;
import io.github.conglongli.site.testing.ExampleSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exported site has no server to search with, so it has no search: no box in any page (it
 * would lead to a page that is not there), no search page, nothing in the sitemap (docs/search.md).
 */
@Timeout(120)
class SearchExportTest {

    @TempDir
    Path dir;

    @Test
    void anExportHasNoSearchBoxAndNoSearchPage() throws IOException {
        Path site = ExampleSite.fixture().writeTo(dir.resolve("site"));
        Path export = dir.resolve("public");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("export", export.toString(), "--content", site.resolve("content").toString(),
                        "--static", site.resolve("static").toString()), Map.of(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

        List<Path> pages;
        try (Stream<Path> walk = Files.walk(export)) {
            pages = walk.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.size() > 10, "the pages were exported: " + pages.size());
        for (Path page : pages) {
            String html = read(page);
            assertFalse(html.contains("role=\"search\""), page + " has a search box");
            assertFalse(html.contains("/search\""), page + " links to the search page");
        }
        assertFalse(Files.exists(export.resolve("search")) || Files.exists(export.resolve("search.html")),
                "no search page");
        assertFalse(read(export.resolve("sitemap.xml")).contains("/search"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
