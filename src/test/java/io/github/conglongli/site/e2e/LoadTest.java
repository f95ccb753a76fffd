package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.publish.Snapshot;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 requests on 256 connections while the content is edited and reloaded 50 times:
 * no errors, and every response is one complete version of its page, never a mix.
 */
class LoadTest {

    static final int REQUESTS = 100_000;
    static final int CONNECTIONS = 256;
    static final int EDITS = 50;

    @TempDir
    Path dir;

    @Test
    void everyResponseIsACompletePageWhileTheContentReloadsFiftyTimes() throws Exception {
        try (TestSite site = TestSite.start(dir)) {
            Set<String> published = ConcurrentHashMap.newKeySet();
            String css = Jsoup.parse(site.http.text("/")).select("link[rel=stylesheet]").attr("href");
            List<String> paths = List.of("/", "/publications", "/publications/2022-1-bit-lamb", "/experience", "/cv", css);
            Consumer<Snapshot> record = s -> paths.forEach(path -> s.pages().page(path)
                    .ifPresent(page -> published.add(path + " " + page.etag())));
            site.app.publisher().onPublish(record);
            record.accept(site.app.snapshot());

            String original = site.read("profile.yaml");
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger edits = new AtomicInteger();
            Thread editor = new Thread(() -> {
                try {
                    while (!done.get() && edits.get() < EDITS) {
                        int n = edits.incrementAndGet();
                        String text = original.replace("location: Bellevue, WA, USA", "location: Bellevue, WA, USA (edit " + n + ")");
                        if (n % 2 == 0) {
                            site.writeViaRename("profile.yaml", text);
                        } else {
                            site.write("profile.yaml", text);
                        }
                        Thread.sleep(60);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "editor");
            editor.start();
            LoadClient.Result result = new LoadClient(site.app.port(), paths).run(CONNECTIONS, REQUESTS);
            done.set(true);
            editor.join();
            long generations = site.app.snapshot().generation();
            System.out.printf("load: %d ok, %d failed in %d ms (%.0f req/s), %d edits, %d snapshots, %d page versions seen%n",
                    result.ok(), result.failed(), result.elapsedMillis(), result.ok() * 1000.0 / result.elapsedMillis(),
                    edits.get(), generations, result.etags().size());

            assertEquals(List.of(), result.problems());
            assertEquals(REQUESTS, result.ok());
            assertTrue(edits.get() >= EDITS || generations > 1, "the content was reloaded during the load");
            for (String seen : result.etags()) {
                if (!seen.startsWith(css)) {
                    assertTrue(published.contains(seen), "a response that no snapshot ever held: " + seen);
                }
            }
            assertTrue(result.etags().stream().filter(e -> e.startsWith("/ ")).count() > 1,
                    "more than one version of the home page was served");
        }
    }
}
