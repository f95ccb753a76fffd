package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.render.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
