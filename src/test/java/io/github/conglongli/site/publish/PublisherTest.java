package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.render.SiteRenderer;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Publishing outside of HTTP: what a rehearsal of the reload path may and may not do. */
@Timeout(60)
class PublisherTest {

    @TempDir
    Path dir;

    Publisher publisher() {
        Path site = SiteFixture.minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal").year(1843))
                .writeTo(dir);
        return new Publisher(new ContentLoader(site.resolve("content")), site.resolve("static"),
                new SiteRenderer(Templates.precompiled()), false, () -> "", Clock.systemUTC());
    }

    /** A publisher that has published once, and counts what it publishes from then on. */
    record Published(Publisher publisher, Snapshot served, AtomicInteger publishesSince) {}

    Published publishedOnce() {
        Publisher publisher = publisher();
        assertTrue(publisher.publish().ok());
        AtomicInteger publishes = new AtomicInteger();
        publisher.onPublish(s -> publishes.incrementAndGet());
        return new Published(publisher, publisher.current().orElseThrow(), publishes);
    }

    @Test
    void aRehearsalPublishesNothing() {
        Published published = publishedOnce();

        published.publisher().rehearse(4);

        assertSame(published.served(), published.publisher().current().orElseThrow());
        assertEquals(0, published.publishesSince().get());
        assertEquals(1, published.served().generation());
    }

    @Test
    void aRehearsalBeforeTheFirstPublishDoesNothing() {
        Publisher publisher = publisher();
        publisher.rehearse(2);
        assertTrue(publisher.current().isEmpty());
    }

    @Test
    @Timeout(20) // without the check, this would render for days
    void anInterruptedRehearsalStopsAtOnceAndPublishesNothing() {
        Published published = publishedOnce();
        Thread.currentThread().interrupt();
        try {
            published.publisher().rehearse(Integer.MAX_VALUE);
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller to see");
        } finally {
            Thread.interrupted();
        }
        assertSame(published.served(), published.publisher().current().orElseThrow());
        assertEquals(0, published.publishesSince().get());
    }
}
