package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page cache: rendered pages stay, on-demand pages are bounded by weight. */
class PageCacheTest {

    @Test
    void onDemandPagesAreEvictedToStayWithinTheBudgetWhileRenderedPagesStay() {
        PageCache cache = new PageCache(StaticFiles.empty());
        Page home = Page.html(200, "<h1>home</h1>".getBytes());
        cache.pin(Map.of("/", home));
        byte[] big = new byte[1 << 20];
        int pages = (int) (3 * PageCache.MAX_WEIGHT_BYTES / big.length);
        for (int i = 0; i < pages; i++) {
            cache.computeIfAbsent("/publications?q=" + i, key -> Page.of(200, "application/octet-stream", big));
        }
        cache.cleanUp();
        assertTrue(cache.estimatedSize() <= PageCache.MAX_WEIGHT_BYTES / big.length + 1,
                "bounded: " + cache.estimatedSize());
        assertSame(home, cache.page("/").orElseThrow(), "rendered pages are never evicted");
    }

    @Test
    void anOnDemandPageIsRenderedOnceThenServedFromTheCache() {
        PageCache cache = new PageCache(StaticFiles.empty());
        int[] renders = {0};
        for (int i = 0; i < 3; i++) {
            cache.computeIfAbsent("/publications?year=2022", key -> {
                renders[0]++;
                return Page.html(200, "x".getBytes());
            });
        }
        assertEquals(1, renders[0]);
    }

    @Test
    void aNewSnapshotKeepsTheUnchangedStaticFilesOfTheLastOneAndReadsTheChangedOnesAgain(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("same.css"), "body { color: black }");
        Files.writeString(dir.resolve("edited.css"), "body { color: red }");
        PageCache first = new PageCache(StaticFiles.scan(dir));
        Page same = first.page("/same.css").orElseThrow();
        first.page("/edited.css").orElseThrow();
        first.computeIfAbsent("/publications?q=x", key -> Page.html(200, "x".getBytes()));

        Files.writeString(dir.resolve("edited.css"), "body { color: darkred }");
        PageCache second = new PageCache(StaticFiles.scan(dir), first);
        assertEquals(1, second.estimatedSize(), "only the unchanged file is carried over, not searches");
        assertSame(same, second.page("/same.css").orElseThrow(), "unchanged: not read again");
        assertEquals("body { color: darkred }",
                new String(second.page("/edited.css").orElseThrow().body(), StandardCharsets.UTF_8));
    }
}
