package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.Main;
import io.github.conglongli.site.testing.ExampleSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site published below a path ({@code https://user.github.io/homepage}, a GitHub Pages project
 * site) links every page, asset, feed and canonical address below that path, in an export and
 * when served; crawled as a static host and as the server answer it, no link is broken.
 */
@Timeout(120)
class SubPathTest {

    static final String BASE_PATH = "/homepage";

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.onDemand();

    @TempDir
    Path dir;

    static SiteFixture siteBelowAPath() {
        return ExampleSite.fixture().site(s -> s.baseUrl("https://ada.example.org" + BASE_PATH));
    }

    @Test
    void anExportForAProjectSiteLinksEverythingBelowItsPath() throws Exception {
        Path site = ExampleSite.fixture().writeTo(dir.resolve("site"));
        Path export = dir.resolve("public");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of("export", export.toString(), "--base-url", "https://user.github.io" + BASE_PATH,
                "--content", site.resolve("content").toString(), "--static", site.resolve("static").toString()),
                Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

        // a static host serving the export at https://user.github.io/homepage/
        List<String> broken = crawl(path -> {
            if (!path.startsWith(BASE_PATH + "/")) {
                return null;
            }
            String file = path.substring(BASE_PATH.length()).replaceFirst("\\?.*", ""); // a static host ignores the query
            Path found = LinkCrawlTest.resolve(export, export.resolve("index.html"), file);
            return found == null ? null : read(found);
        }, "https://user.github.io");
        assertEquals(List.of(), broken);

        String feed = Files.readString(export.resolve("feed.xml"));
        assertTrue(feed.contains("https://user.github.io" + BASE_PATH + "/publications/"), "the feed's links");
        String sitemap = Files.readString(export.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://user.github.io" + BASE_PATH + "/</loc>"), sitemap);
        assertFalse(sitemap.contains("<loc>https://user.github.io/publications"), "every entry below the path");
    }

    @Test
    void theServerAnswersBelowThePathAndSendsTheRootThere() throws Exception {
        TestSite site = serving.start(siteBelowAPath());
        HttpResponse<byte[]> root = site.http.get("/");
        assertEquals(301, root.statusCode());
        assertEquals(BASE_PATH + "/", root.headers().firstValue("Location").orElseThrow());
        assertEquals(404, site.http.get("/publications").statusCode(), "nothing outside the path");
        assertEquals(200, site.http.get(BASE_PATH + "/publications").statusCode());

        List<String> broken = crawl(path -> {
            HttpResponse<byte[]> response = site.http.get(path);
            return response.statusCode() == 200 ? new String(response.body(), StandardCharsets.UTF_8) : null;
        }, "https://ada.example.org");
        assertEquals(List.of(), broken);
    }

    /**
     * Follows every link, stylesheet, icon and image from the home page that stays on the site
     * ({@code origin} or a path); returns those that {@code fetch} cannot answer, with the page
     * that links them.
     */
    static List<String> crawl(Function<String, String> fetch, String origin) {
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(BASE_PATH + "/"));
        List<String> broken = new ArrayList<>();
        seen.add(BASE_PATH + "/");
        int pages = 0;
        while (!queue.isEmpty()) {
            String path = queue.poll();
            String body = fetch.apply(path);
            if (body == null) {
                broken.add(path);
                continue;
            }
            if (!body.startsWith("<!DOCTYPE html>")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(body);
            for (Element element : doc.select("a[href], link[href], img[src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String target = internal(ref, origin);
                if (target != null && seen.add(target)) {
                    if (!target.startsWith(BASE_PATH + "/")) {
                        broken.add(target + " (outside " + BASE_PATH + ", linked from " + path + ")");
                    } else {
                        queue.add(target);
                    }
                }
            }
        }
        assertTrue(pages > 10, "crawled " + pages + " pages");
        return broken;
    }

    /** The path (and query) of a link to this site, or null for another site, a fragment or mail. */
    private static String internal(String ref, String origin) {
        if (ref.startsWith(origin + "/")) {
            ref = ref.substring(origin.length());
        }
        if (!ref.startsWith("/") || ref.startsWith("//")) {
            return null;
        }
        URI uri = URI.create(ref);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return ""; // an image: there, and not a page to crawl
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
