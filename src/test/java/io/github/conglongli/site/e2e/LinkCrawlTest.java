package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.export.SiteExporter;
import io.github.conglongli.site.testing.ExampleSite;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every address the exported site refers to (links, stylesheets, icons, images, scripts) exists
 * in the export, resolved as a static host would, and every {@code #fragment} names an element
 * on its page. Absolute links to the site's own {@code base_url} (canonical links, the owner's
 * home page) count as internal.
 */
@Timeout(60)
class LinkCrawlTest {

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture());

    @TempDir
    Path dir;

    @Test
    void theExportedSiteHasNoBrokenInternalLinkOrMissingAsset(TestSite site) throws Exception {
        Path export = dir.resolve("export");
        SiteExporter.export(site.app.snapshot(), export);
        URI base = URI.create(site.app.snapshot().site().config().baseUrl() + "/");
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(export)) {
            pages = walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        Map<Path, Set<String>> idsByFile = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : doc.select("a[href], link[href], img[src], script[src]")) {
                String ref = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                String where = export.relativize(page) + ": <" + element.tagName() + "> " + ref;
                URI uri;
                try {
                    uri = URI.create(ref);
                } catch (IllegalArgumentException e) {
                    broken.add(where + " (not a valid address: " + e.getMessage() + ")");
                    continue;
                }
                if (uri.isAbsolute() && base.getScheme().equals(uri.getScheme()) && base.getAuthority().equals(uri.getAuthority())) {
                    uri = URI.create(uri.getRawPath() + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
                }
                if (uri.getScheme() != null || uri.getAuthority() != null) {
                    continue; // another site (or mailto:); only this one is checked
                }
                checked++;
                Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page : resolve(export, page, uri.getPath());
                if (target == null) {
                    broken.add(where + " (no such file)");
                } else if (uri.getFragment() != null && !uri.getFragment().isEmpty()
                        && !ids(idsByFile, target).contains(uri.getFragment())) {
                    broken.add(where + " (no element with id '" + uri.getFragment() + "' in " + export.relativize(target) + ")");
                }
            }
        }
        assertTrue(pages.size() >= 7 && checked >= 10 * pages.size(), "crawled " + pages.size() + " pages, " + checked + " references");
        assertTrue(broken.isEmpty(), () -> broken.size() + " broken references:\n  " + String.join("\n  ", broken));
        System.out.println("link crawl: " + checked + " internal references in " + pages.size() + " pages, none broken");
    }

    /** What a static host serves for {@code path}: the file itself, or the folder's index.html; null if neither. */
    static Path resolve(Path root, Path page, String path) {
        Path base = path.startsWith("/") ? root : page.getParent();
        Path target = base.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!target.startsWith(root)) {
            return null;
        }
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path index = target.resolve("index.html");
        return Files.isRegularFile(index) ? index : null;
    }

    private static Set<String> ids(Map<Path, Set<String>> cache, Path file) throws IOException {
        Set<String> ids = cache.get(file);
        if (ids == null) {
            ids = file.toString().endsWith(".html")
                    ? Jsoup.parse(file.toFile(), "UTF-8").select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet())
                    : Set.of();
            cache.put(file, ids);
        }
        return ids;
    }
}
