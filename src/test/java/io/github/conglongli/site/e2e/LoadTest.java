package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.testing.ExampleSite;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 100,000 requests on 256 connections while the content is edited and reloaded 50 times:
 * no errors, and every response is one complete version of its page, never a mix. Tagged
 * "load": CI runs it (the {@code load} profile), a developer's {@code ./mvnw verify} does not.
 */
@Tag("load")
@Timeout(300)
class LoadTest {

    static final int REQUESTS = 100_000;
    static final int CONNECTIONS = 256;
    static final int EDITS = 50;

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture()
            .profile(p -> p.location("London, UK")));

    @Test
    void everyResponseIsACompletePageWhileTheContentReloadsFiftyTimes(TestSite site) throws Exception {
        Set<String> published = ConcurrentHashMap.newKeySet();
        Semaphore publishes = new Semaphore(0);
        String css = Jsoup.parse(site.http.text("/")).select("link[rel=stylesheet]").attr("href");
        List<String> paths = List.of("/", "/publications", ExampleSite.PAPER, "/experience", "/cv", css);
        // every version of these pages that a snapshot serves (made on the snapshot's first request for it)
        Consumer<Snapshot> record = s -> paths.forEach(path -> s.pages().page(path.replaceFirst("\\?.*", ""))
                .ifPresent(page -> published.add(path + " " + page.etag())));
        site.app.publisher().onPublish(s -> {
            record.accept(s);
            publishes.release();
        });
        record.accept(site.app.snapshot());

        String original = site.read("profile.yaml");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger edits = new AtomicInteger();
        Thread editor = new Thread(() -> {
            try {
                while (!done.get() && edits.get() < EDITS) {
                    int n = edits.incrementAndGet();
                    String text = original.replace("London, UK", "London, UK (edit " + n + ")");
                    if (n % 2 == 0) {
                        site.writeViaRename("profile.yaml", text);
                    } else {
                        site.write("profile.yaml", text);
                    }
                    // the next edit once this one is published, so that each is served for a while
                    publishes.tryAcquire(5, TimeUnit.SECONDS);
                    publishes.drainPermits();
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
