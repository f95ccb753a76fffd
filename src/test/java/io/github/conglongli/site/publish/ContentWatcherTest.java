package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher on a real directory: bursts coalesce, and no change is ever dropped. The quiet
 * period is long here, so that the events of one save always fall into one burst however busy
 * the machine; the tests then wait for the watcher to be idle and count the reloads exactly.
 */
@Timeout(30)
class ContentWatcherTest {

    static final long QUIET_MS = 300;
    /** As long as the quiet period: a reload never starts sooner than this after a burst's first event. */
    static final long MAX_DELAY_MS = QUIET_MS;
    /** The directory is never replaced here, so its identity need not be checked. */
    static final long ROOT_CHECK_MS = 60_000;
    static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aChangeMadeWhileAReloadRunsGetsAReloadOfItsOwn() throws Exception {
        // regression: a change arriving during a slow reload (> MAX_DELAY_MS after the first
        // event) used to be dropped, so the second of two quick edits was never served
        AtomicInteger reloads = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        Runnable reload = () -> {
            if (reloads.incrementAndGet() == 1) {
                firstStarted.countDown();
                awaitRelease(firstMayFinish);
            }
        };
        try (ContentWatcher watcher = new ContentWatcher(List.of(dir), reload, QUIET_MS, MAX_DELAY_MS, ROOT_CHECK_MS)) {
            watcher.start();
            Files.writeString(dir.resolve("a.yaml"), "a: 1\n");
            assertTrue(firstStarted.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the first reload");

            Files.writeString(dir.resolve("a.yaml"), "a: 2\n");
            Await.until(DEADLINE, "the watcher to notice the edit made during the first reload", watcher::changesPending);
            firstMayFinish.countDown();

            Await.until(DEADLINE, "the reloads to be over", () -> !watcher.busy());
            assertEquals(2, reloads.get(), "the edit made during the first reload got a reload of its own");
        }
    }

    @Test
    void aBurstOfEventsIsOneReload() throws Exception {
        AtomicInteger reloads = new AtomicInteger();
        try (ContentWatcher watcher = new ContentWatcher(List.of(dir), reloads::incrementAndGet, QUIET_MS, MAX_DELAY_MS,
                ROOT_CHECK_MS)) {
            watcher.start();
            // one save, as vim makes it: a temporary file, renamed over the original, then touched
            Path temp = dir.resolve(".b.yaml.swp");
            Files.writeString(temp, "b: 1\n");
            Files.move(temp, dir.resolve("b.yaml"));
            Files.setLastModifiedTime(dir.resolve("b.yaml"), FileTime.fromMillis(0));

            Await.until(DEADLINE, "a reload", () -> reloads.get() > 0);
            Await.until(DEADLINE, "the reloads to be over", () -> !watcher.busy());
            assertEquals(1, reloads.get(), "one save is one reload");
        }
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            assertTrue(latch.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS), "the test let the reload finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
