package io.github.conglongli.site.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.search.SearchIndex;
import io.github.conglongli.site.search.SiteQuery;
import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index is built with each snapshot and a reload re-indexes only what changed:
 * documents written are counted, never timed.
 */
@Timeout(60)
class SearchIndexingTest {

    @TempDir
    Path dir;

    static String post(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body + "\n";
    }

    Path site() {
        return PublisherTest.papers()
                .file("posts/2024-01-01-first.md", post("First", "About looms."))
                .file("posts/2024-02-01-second.md", post("Second", "About gears."))
                .file("posts/2024-03-01-third.md", post("Third", "About spindles."))
                .writeTo(dir);
    }

    static SearchIndex index(Publisher publisher) {
        return publisher.current().orElseThrow().search().await(Duration.ofSeconds(10)).orElseThrow();
    }

    static int found(SearchIndex index, String query) {
        return index.find(SiteQuery.parse(query, 1)).total();
    }

    @Test
    void theFirstIndexHoldsEveryDocument() {
        Publisher publisher = PublisherTest.publisher(site());
        assertTrue(publisher.publish().ok());
        SearchIndex index = index(publisher);
        assertEquals(5 + 3, index.size(), "five papers, three posts");
        assertEquals(8, index.written());
        assertEquals(1, found(index, "gears"));
    }

    @Test
    void didYouMeanFollowsTheContentAcrossReloads() throws IOException {
        Path site = site();
        Path post = site.resolve("content/posts/2024-02-01-second.md");
        Files.writeString(post, post("Weaving Gears", "About gears."));
        Publisher publisher = PublisherTest.publisher(site);
        assertTrue(publisher.publish().ok());
        assertEquals(List.of("gears"), suggested(publisher, "gaers"));
        assertEquals(List.of("gears"), suggested(publisher, "gaers"), "asked again, the same (remembered) answer");

        Files.writeString(post, post("Weaving Pulleys with Geary", "About pulleys."));
        assertTrue(publisher.publish().changed());
        assertFalse(suggested(publisher, "gaers").contains("gears"),
                "no title says gears any more: the new index does not remember the old one's words");
        assertEquals(List.of("pulleys"), suggested(publisher, "pullets"));
        assertEquals(List.of("geary"), suggested(publisher, "gears"), "a word that is gone is missing like any other");
    }

    private static List<String> suggested(Publisher publisher, String typed) {
        return index(publisher).find(SiteQuery.parse(typed, 1)).suggestions();
    }

    @Test
    void oneEditedPostReindexesOneDocument() throws IOException {
        Path site = site();
        Publisher publisher = PublisherTest.publisher(site);
        assertTrue(publisher.publish().ok());
        SearchIndex before = index(publisher);

        Files.writeString(site.resolve("content/posts/2024-02-01-second.md"), post("Second", "About pulleys."));
        assertTrue(publisher.publish().changed());

        SearchIndex after = index(publisher);
        assertNotSame(before, after);
        assertEquals(1, after.written(), "only the edited post");
        assertEquals(8, after.size());
        assertEquals(0, found(after, "gears"));
        assertEquals(1, found(after, "pulleys"));
        assertThrows(SearchIndex.Retired.class, () -> before.find(SiteQuery.parse("gears", 1)),
                "the last snapshot's index is closed once replaced, so its memory goes");
    }

    @Test
    void aDeletedPostLeavesTheIndexAndNothingIsRewritten() throws IOException {
        Path site = site();
        Publisher publisher = PublisherTest.publisher(site);
        assertTrue(publisher.publish().ok());

        Files.delete(site.resolve("content/posts/2024-03-01-third.md"));
        assertTrue(publisher.publish().changed());

        SearchIndex after = index(publisher);
        assertEquals(0, after.written());
        assertEquals(7, after.size());
        assertEquals(0, found(after, "spindles"));
    }

    @Test
    void anEditToOnePaperReindexesThatPaperAlone() {
        Path site = site();
        Publisher publisher = PublisherTest.publisher(site);
        assertTrue(publisher.publish().ok());

        PublisherTest.replace(site.resolve("content/publications.yaml"), "title: Punched Cards", "title: Punched Tape");
        assertTrue(publisher.publish().changed());

        SearchIndex after = index(publisher);
        assertEquals(1, after.written());
        assertEquals(1, found(after, "tape"));
    }

    @Test
    void aSearchBeforeTheIndexIsBuiltSaysSoRatherThanFindingNothing() {
        List<Runnable> held = new ArrayList<>();
        Publisher publisher = Publisher.builder(new io.github.conglongli.site.content.ContentLoader(
                site().resolve("content")), dir.resolve("static"), io.github.conglongli.site.render.Templates.precompiled())
                .warmer(held::add).build();
        assertTrue(publisher.publish().ok());
        SiteQuery gears = SiteQuery.parse("gears", 1);

        Page waiting = publisher.current().orElseThrow().find(gears, Duration.ofMillis(20));
        assertEquals(503, waiting.status());
        assertTrue(new String(waiting.body(), StandardCharsets.UTF_8).contains("still being built"));

        held.forEach(Runnable::run); // the background thread gets to it
        Page answered = publisher.current().orElseThrow().find(gears, Duration.ofMillis(20));
        assertEquals(200, answered.status());
        assertTrue(new String(answered.body(), StandardCharsets.UTF_8).contains("1 result for"));
    }

    @Test
    void anExportHasNoIndex() {
        Publisher publisher = Publisher.builder(new io.github.conglongli.site.content.ContentLoader(
                site().resolve("content")), dir.resolve("static"), io.github.conglongli.site.render.Templates.precompiled())
                .host(io.github.conglongli.site.render.page.PageOptions.Host.STATIC).build();
        assertTrue(publisher.publish().ok());
        assertTrue(publisher.current().orElseThrow().search().await(Duration.ZERO).isEmpty());
    }
}
