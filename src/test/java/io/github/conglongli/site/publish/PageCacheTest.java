package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.render.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Answers made on demand (searches, filtered lists): a bounded number at a time, each once. */
@Timeout(60)
class PageCacheTest {

    @TempDir
    Path dir;

    @Test
    void answersNotCachedYetAreMadeAFewAtATimeAndEachOnlyOnce() throws Exception {
        Publisher publisher = PublisherTest.publisher(PublisherTest.papers().writeTo(dir));
        assertTrue(publisher.publish().ok());
        PageCache pages = publisher.current().orElseThrow().pages();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger made = new AtomicInteger();
        CountDownLatch asked = new CountDownLatch(1);
        ExecutorService visitors = Executors.newFixedThreadPool(64);
        try {
            List<Future<Page>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String url = "/search?q=word" + (i % 16); // 16 distinct queries, each asked four times at once
                answers.add(visitors.submit(() -> {
                    asked.await();
                    return pages.answer(url, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        made.incrementAndGet();
                        LockSupport.parkNanos(2_000_000); // an answer takes a while to make, as a search does
                        running.decrementAndGet();
                        return Page.html(200, url.getBytes(StandardCharsets.UTF_8));
                    });
                }));
            }
            asked.countDown();
            for (Future<Page> answer : answers) {
                assertEquals(200, answer.get(30, TimeUnit.SECONDS).status());
            }
        } finally {
            visitors.shutdownNow();
        }
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        assertTrue(most.get() <= cores, "at most " + cores + " answers made at once, saw " + most.get());
        assertEquals(16, made.get(), "each answer made once; the repeats wait for it and take it from the cache");
    }
}
