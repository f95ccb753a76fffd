package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Templates;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing outside of HTTP: a reload renders only what an edit changed, taking every other
 * page over from the last snapshot, and what it serves is exactly what a fresh start would; a
 * rehearsal of the reload path publishes nothing. Renders are counted, never timed.
 */
@Timeout(60)
class PublisherTest {

    static final long CACHE = 16L << 20;

    @TempDir
    Path dir;

    /** Five papers over four years; "Difference Engine" shares 2022 with "Analytical Engine". */
    static SiteFixture papers() {
        return SiteFixture.minimal()
                .profile(p -> p.location("London"))
                .publication(p -> p.title("Notes on the Engine").authors("Ada Lovelace").venue("Memoirs 2024")
                        .type("journal").year(2024).slug("notes"))
                .publication(p -> p.title("Bernoulli Numbers").authors("Ada Lovelace").venue("Proc 2023")
                        .type("conference").year(2023).slug("bernoulli"))
                .publication(p -> p.title("Analytical Engine").authors("Ada Lovelace", "Charles Babbage")
                        .venue("Proc 2022").type("conference").year(2022).slug("analytical"))
                .publication(p -> p.title("Difference Engine").authors("Charles Babbage", "Ada Lovelace")
                        .venue("Proc 2022").type("conference").year(2022).slug("difference"))
                .publication(p -> p.title("Punched Cards").authors("Ada Lovelace").venue("Letters 2015")
                        .type("preprint").year(2015).slug("cards"))
                .position(p -> p.title("Countess").organization("Royal Society").start(2015));
    }

    /** Every page the site has, besides those rendered at publish: each paper, its BibTeX, each year... */
    static final List<String> EVERY_PAGE = List.of("/", "/publications", "/experience", "/cv", "/feed.xml",
            "/sitemap.xml", "/publications.bib", "/publications/2024", "/publications/2023", "/publications/2022",
            "/publications/2015", "/publications/notes", "/publications/bernoulli", "/publications/analytical",
            "/publications/difference", "/publications/cards", "/publications/notes.bib",
            "/publications/bernoulli.bib", "/publications/analytical.bib", "/publications/difference.bib",
            "/publications/cards.bib", "/style.css");

    Path write(SiteFixture fixture) {
        return fixture.writeTo(dir);
    }

    static Publisher publisher(Path site) {
        return Publisher.builder(new ContentLoader(site.resolve("content")), site.resolve("static"),
                Templates.precompiled()).cacheBudgetBytes(CACHE).build();
    }

    /** A publisher that has published once, and counts what it publishes from then on. */
    record Published(Publisher publisher, Snapshot served, AtomicInteger publishesSince) {}

    Published publishedOnce() {
        Publisher publisher = publisher(write(papers()));
        assertTrue(publisher.publish().ok());
        AtomicInteger publishes = new AtomicInteger();
        publisher.onPublish(s -> publishes.incrementAndGet());
        return new Published(publisher, publisher.current().orElseThrow(), publishes);
    }

    /** Asks the current snapshot for every page (rendering those not made yet); returns what was rendered. */
    static Set<String> requestEveryPage(Publisher publisher, Set<String> rendered) {
        rendered.clear();
        Snapshot snapshot = publisher.current().orElseThrow();
        EVERY_PAGE.forEach(path -> assertTrue(snapshot.pages().page(path).isPresent(), path));
        return new TreeSet<>(rendered);
    }

    /** Publishes after an edit and returns the pages rendered by it and by then asking for every page. */
    static Set<String> renderedAfter(Publisher publisher, Set<String> rendered, Runnable edit) {
        rendered.clear();
        edit.run();
        assertTrue(publisher.publish().changed());
        Set<String> all = new TreeSet<>(rendered);
        all.addAll(requestEveryPage(publisher, rendered));
        return all;
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(from), from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Set<String> renders(Publisher publisher) {
        Set<String> rendered = ConcurrentHashMap.newKeySet();
        publisher.onRender(rendered::add);
        return rendered;
    }

    @Test
    void anEditToOnePaperRerendersThatPaperItsYearAndTheListsShowingItNotTheOtherPapers() {
        Path site = write(papers());
        Publisher publisher = publisher(site);
        Set<String> rendered = renders(publisher);
        assertTrue(publisher.publish().ok());
        requestEveryPage(publisher, rendered);

        Set<String> again = renderedAfter(publisher, rendered, () -> replace(site.resolve("content/publications.yaml"),
                "title: Analytical Engine", "title: The Analytical Engine"));

        assertEquals(new TreeSet<>(List.of("/", "/publications", "/feed.xml", "/cv", "/publications.bib",
                "/publications/2022", "/publications/analytical", "/publications/analytical.bib")), again,
                "the paper, its BibTeX, its year and the lists that show it; not the other papers, their years, "
                        + "the sitemap (same addresses) or the experience page");
    }

    @Test
    void anEditToTheProfileRerendersOnlyThePagesThatShowWhatChanged() {
        Path site = write(papers());
        Publisher publisher = publisher(site);
        Set<String> rendered = renders(publisher);
        assertTrue(publisher.publish().ok());
        requestEveryPage(publisher, rendered);

        Set<String> again = renderedAfter(publisher, rendered, () -> replace(site.resolve("content/profile.yaml"),
                "London", "Paris"));

        assertEquals(new TreeSet<>(List.of("/", "/cv")), again, "the location is on the home page and the CV only");
    }

    @Test
    void unchangedContentPublishesNothingNew() {
        Path site = write(papers());
        Publisher publisher = publisher(site);
        Set<String> rendered = renders(publisher);
        assertTrue(publisher.publish().ok());
        requestEveryPage(publisher, rendered);
        rendered.clear();
        // saved again, byte for byte the same
        replace(site.resolve("content/publications.yaml"), "Analytical", "Analytical");

        Publisher.Outcome outcome = publisher.publish();

        assertTrue(outcome.ok());
        assertTrue(!outcome.changed(), "the same bytes are the same version");
        assertEquals(Set.of(), rendered);
    }

    @Test
    void aNewStylesheetRerendersEveryHtmlPageSinceEachLinksItsVersion() {
        Path site = write(papers());
        Publisher publisher = publisher(site);
        Set<String> rendered = renders(publisher);
        assertTrue(publisher.publish().ok());
        requestEveryPage(publisher, rendered);

        Set<String> again = renderedAfter(publisher, rendered, () -> {
            try {
                Files.writeString(site.resolve("static/style.css"), "body { color: black; }\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Set<String> html = new TreeSet<>(EVERY_PAGE.stream().filter(p -> !p.endsWith(".bib") && !p.endsWith(".xml")
                && !p.endsWith(".css")).toList());
        html.add("/404");
        assertEquals(html, again, "every HTML page, and nothing else");
        assertTrue(again.stream().noneMatch(p -> p.endsWith(".bib")), "BibTeX does not link the stylesheet");
    }

    @Test
    void whatAReloadServesIsByteForByteWhatAFreshStartServes() {
        Path site = write(papers());
        Publisher reloaded = publisher(site);
        assertTrue(reloaded.publish().ok());
        requestEveryPage(reloaded, renders(reloaded));
        replace(site.resolve("content/publications.yaml"), "title: Punched Cards", "title: Punched Cards, Revised");
        replace(site.resolve("content/profile.yaml"), "London", "Paris");
        assertTrue(reloaded.publish().changed());

        Publisher fresh = publisher(site);
        assertTrue(fresh.publish().ok());
        for (String path : EVERY_PAGE) {
            Page expected = fresh.current().orElseThrow().pages().page(path).orElseThrow();
            Page served = reloaded.current().orElseThrow().pages().page(path).orElseThrow();
            assertArrayEquals(expected.body(), served.body(), path);
            assertEquals(expected.etag(), served.etag(), path);
            assertArrayEquals(expected.gzip().orElse(null), served.gzip().orElse(null), path);
        }
    }

    @Test
    void aRehearsalPublishesNothing() {
        Published published = publishedOnce();

        published.publisher().rehearse(4, Duration.ofSeconds(30));

        assertSame(published.served(), published.publisher().current().orElseThrow());
        assertEquals(0, published.publishesSince().get());
        assertEquals(1, published.served().generation());
    }

    @Test
    void aRehearsalBeforeTheFirstPublishDoesNothing() {
        Publisher publisher = publisher(write(papers()));
        publisher.rehearse(2, Duration.ofSeconds(30));
        assertTrue(publisher.current().isEmpty());
    }

    @Test
    @Timeout(20) // without the check, this would render for days
    void anInterruptedRehearsalStopsAtOnceAndPublishesNothing() {
        Published published = publishedOnce();
        Thread.currentThread().interrupt();
        try {
            published.publisher().rehearse(Integer.MAX_VALUE, Duration.ofDays(1));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is left for the caller to see");
        } finally {
            Thread.interrupted();
        }
        assertSame(published.served(), published.publisher().current().orElseThrow());
        assertEquals(0, published.publishesSince().get());
    }

    @Test
    void aPublishUnderWayIsVisibleAndEndsWhenItDoes() throws IOException {
        Path content = papers().writeContentTo(dir.resolve("content"));
        Publisher publisher = Publisher.builder(new ContentLoader(content, "content"), dir.resolve("static"),
                Templates.precompiled()).build();
        List<Boolean> duringRender = new java.util.concurrent.CopyOnWriteArrayList<>();
        publisher.onRender(path -> duringRender.add(publisher.publishingSince().isPresent()));

        assertTrue(publisher.publish().ok());

        assertTrue(!duringRender.isEmpty() && duringRender.get(0), "the home page renders during the publish");
        assertTrue(publisher.publishingSince().isEmpty(), "no publish under way after it");
    }
}
