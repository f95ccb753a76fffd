package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.render.SiteRenderer;
import io.github.conglongli.site.render.Templates;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Publishing outside of HTTP: what a rehearsal of the reload path may and may not do. */
class PublisherTest {

    static Publisher publisher() {
        return new Publisher(new ContentLoader(Path.of("content")), Path.of("static"),
                new SiteRenderer(Templates.precompiled()), false, () -> "", Clock.systemUTC());
    }

    @Test
    void aRehearsalPublishesNothing() {
        Publisher publisher = publisher();
        assertTrue(publisher.publish().ok());
        Snapshot served = publisher.current().orElseThrow();
        int[] published = {0};
        publisher.onPublish(s -> published[0]++);

        publisher.rehearse(4);

        assertSame(served, publisher.current().orElseThrow());
        assertEquals(0, published[0]);
        assertEquals(1, served.generation());
    }

    @Test
    void aRehearsalBeforeTheFirstPublishDoesNothing() {
        Publisher publisher = publisher();
        publisher.rehearse(2);
        assertTrue(publisher.current().isEmpty());
    }

    @Test
    @Timeout(20) // without the check, this would render for days
    void anInterruptedRehearsalStops() {
        Publisher publisher = publisher();
        publisher.publish();
        Thread.currentThread().interrupt();
        try {
            publisher.rehearse(Integer.MAX_VALUE);
        } finally {
            Thread.interrupted();
        }
    }
}
