package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.render.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers made on demand (searches, filtered lists): a bounded number at a time, kept from their
 * second ask on.
 */
@Timeout(60)
class PageCacheTest {

    @TempDir
    Path dir;

    @Test
    void answersNotCachedYetAreMadeAFewAtATimeAndAtMostTwiceEach() throws Exception {
        Publisher publisher = PublisherTest.publisher(PublisherTest.papers().writeTo(dir));
        assertTrue(publisher.publish().ok());
        PageCache pages = publisher.current().orElseThrow().pages();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Map<String, AtomicInteger> made = new ConcurrentHashMap<>();
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
                        made.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
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
        assertEquals(16, made.size(), "every query answered");
        made.forEach((url, times) -> assertTrue(times.get() <= 2, url + " was made " + times.get() + " times: once for "
                + "its first ask, which is not kept, once more at most, then kept (or taken while it was made)"));
    }

    @Test
    void anAnswerIsKeptFromItsSecondAskOn() {
        Publisher publisher = PublisherTest.publisher(PublisherTest.papers().writeTo(dir));
        assertTrue(publisher.publish().ok());
        PageCache pages = publisher.current().orElseThrow().pages();
        AtomicInteger made = new AtomicInteger();
        Supplier<Page> answer = () -> {
            made.incrementAndGet();
            return Page.html(200, "an answer".getBytes(StandardCharsets.UTF_8));
        };

        pages.answer("/search?q=once", answer);
        pages.answer("/search?q=other", answer);
        assertEquals(2, made.get());
        pages.answer("/search?q=once", answer);
        assertEquals(3, made.get(), "the first ask was answered and not kept: most queries are asked once");
        for (int i = 0; i < 5; i++) {
            pages.answer("/search?q=once", answer);
        }
        assertEquals(3, made.get(), "asked again, the answer comes from the cache");
    }
}
