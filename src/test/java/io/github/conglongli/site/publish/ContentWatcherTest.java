package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real directory: bursts coalesce, and no change is ever dropped. */
class ContentWatcherTest {

    @TempDir
    Path dir;

    @Test
    void aChangeMadeWhileAReloadRunsGetsAReloadOfItsOwn() throws Exception {
        // regression: a change arriving during a slow reload (> MAX_DELAY_MS after the first
        // event) used to be dropped, so the second of two quick edits was never served
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        try (ContentWatcher watcher = new ContentWatcher(List.of(dir), () -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                firstStarted.countDown();
                sleep(ContentWatcher.MAX_DELAY_MS + 300);
            } else {
                second.countDown();
            }
        })) {
            watcher.start();
            Files.writeString(dir.resolve("a.yaml"), "a: 1\n");
            assertTrue(firstStarted.await(5, TimeUnit.SECONDS), "first reload");
            sleep(ContentWatcher.MAX_DELAY_MS + 50);
            Files.writeString(dir.resolve("a.yaml"), "a: 2\n");
            assertTrue(second.await(5, TimeUnit.SECONDS), "the edit made during the first reload was reloaded");
        }
    }

    @Test
    void aBurstOfEventsIsOneReload() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (ContentWatcher watcher = new ContentWatcher(List.of(dir), calls::incrementAndGet)) {
            watcher.start();
            Path temp = dir.resolve(".b.yaml.swp");
            Files.writeString(temp, "b: 1\n");
            Files.move(temp, dir.resolve("b.yaml"));
            Files.setLastModifiedTime(dir.resolve("b.yaml"), java.nio.file.attribute.FileTime.fromMillis(0));
            sleep(1000);
            assertTrue(calls.get() >= 1 && calls.get() <= 2, "one save is one reload (at most two), was " + calls.get());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
