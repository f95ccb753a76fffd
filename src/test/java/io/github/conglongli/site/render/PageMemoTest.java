package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.testing.ExampleSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reload renders only what an edit changed, reusing the other pages of the last render; the
 * pages it serves must be exactly those a full render makes, or visitors would see stale pages.
 */
class PageMemoTest {

    static final SiteRenderer RENDERER = new SiteRenderer(Templates.precompiled());
    static final UnaryOperator<String> ASSETS = name -> "/" + name + "?v=1";
    static final RenderOptions OPTIONS = RenderOptions.production(ASSETS);

    /** A site of every kind of page, with the values the edits below change. */
    static final SiteFixture SITE = ExampleSite.fixture()
            .profile(p -> p.location("London, UK"))
            .publication(p -> p.title("Multi-Round Conversations with Interleave Engines").authors("Ada Lovelace")
                    .venue("EuroSys 2021").type("conference").year(2021));

    @TempDir
    Path dir;

    static Site load(Path content) {
        LoadResult result = new ContentLoader(content).load();
        return ((LoadResult.Loaded) assertInstanceOf(LoadResult.Loaded.class, result, result.toString())).site();
    }

    /** Renders with and without the memo, checks they agree byte for byte, and returns the memo'd one. */
    static RenderedSite renderChecked(Site site, PageMemo previous) {
        RenderedSite reused = RENDERER.render(site, OPTIONS, previous);
        RenderedSite fresh = RENDERER.render(site, OPTIONS);
        assertEquals(fresh.pages().keySet(), reused.pages().keySet());
        fresh.pages().forEach((path, page) -> {
            Page other = reused.pages().get(path);
            assertArrayEquals(page.body(), other.body(), path);
            assertEquals(page.etag(), other.etag(), path);
            assertEquals(page.contentType(), other.contentType(), path);
            assertEquals(page.status(), other.status(), path);
            assertArrayEquals(page.gzip().orElse(null), other.gzip().orElse(null), path);
        });
        assertArrayEquals(fresh.notFound().body(), reused.notFound().body());
        for (PublicationQuery query : fresh.common()) {
            assertArrayEquals(fresh.search().apply(query).body(), reused.search().apply(query).body(), query.url());
        }
        return reused;
    }

    /** Paths whose page is a new object in {@code after} (rendered again rather than reused). */
    static Set<String> rerendered(RenderedSite before, RenderedSite after) {
        Set<String> paths = new TreeSet<>();
        after.pages().forEach((path, page) -> {
            if (before.pages().get(path) != page) {
                paths.add(path);
            }
        });
        return paths;
    }

    Path content() {
        return SITE.writeContentTo(dir.resolve("content"));
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void unchangedContentReusesEveryPageIncludingTheSearchesRenderedAhead() {
        Path content = content();
        RenderedSite first = RENDERER.render(load(content), OPTIONS);
        Map<PublicationQuery, Page> searches = new HashMap<>();
        first.common().forEach(q -> searches.put(q, first.search().apply(q)));

        RenderedSite second = renderChecked(load(content), first.memo());
        assertEquals(Set.of(), rerendered(first, second));
        assertSame(first.notFound(), second.notFound());
        first.common().forEach(q -> assertSame(searches.get(q), second.search().apply(q), q.url()));
    }

    /** The site rendered from scratch, then again after one edit, reusing what it can from the first render. */
    record Reload(RenderedSite first, RenderedSite second) {
        Set<String> rerendered() {
            return PageMemoTest.rerendered(first, second);
        }

        String page(String path) {
            return new String(second.pages().get(path).body(), StandardCharsets.UTF_8);
        }
    }

    Reload reloadAfterReplacing(String file, String from, String to) throws IOException {
        Path content = content();
        RenderedSite first = RENDERER.render(load(content), OPTIONS);
        replace(content.resolve(file), from, to);
        return new Reload(first, renderChecked(load(content), first.memo()));
    }

    @Test
    void anEditToTheProfileRerendersOnlyThePagesThatShowWhatChanged() throws IOException {
        Reload reload = reloadAfterReplacing("profile.yaml", "London, UK", "Paris, France");
        RenderedSite second = reload.second();
        Set<String> changed = reload.rerendered();
        assertTrue(changed.contains("/"), changed.toString());
        assertTrue(reload.page("/").contains("Paris, France"));
        assertTrue(changed.size() < second.pages().size() / 4, "most pages reused: " + changed);
        assertTrue(changed.stream().noneMatch(p -> p.endsWith(".bib")), changed.toString());
    }

    @Test
    void anEditToOnePublicationRerendersItsPagesAndTheListsNotTheOtherPapers() throws IOException {
        Reload reload = reloadAfterReplacing("publications.yaml", "with Interleave Engines", "with Interleaved Engines");
        Set<String> changed = reload.rerendered();
        List<String> papers = changed.stream().filter(p -> p.startsWith("/publications/")).toList();
        assertEquals(2, papers.size(), "the paper's page and its .bib: " + papers);
        assertTrue(changed.containsAll(List.of("/publications", "/publications.bib", "/feed.xml")), changed.toString());
        assertTrue(reload.page(papers.get(0)).contains("Interleaved Engines"));
    }

    @Test
    void aNewStylesheetAddressRerendersEveryHtmlPage() {
        Site site = SITE.load();
        RenderedSite first = RENDERER.render(site, OPTIONS);
        RenderedSite second = RENDERER.render(site, RenderOptions.production(name -> "/" + name + "?v=2"), first.memo());
        second.pages().forEach((path, page) -> {
            if (page.contentType().startsWith("text/html")) {
                assertNotSame(first.pages().get(path), page, path);
                assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("/style.css?v=2"), path);
            }
        });
    }

    @Test
    void arbitrarySearchesAreNotRememberedSoTheMemoStaysTheSizeOfTheSite() {
        RenderedSite rendered = RENDERER.render(SITE.load(), OPTIONS);
        int size = rendered.memo().size();
        for (int i = 0; i < 50; i++) {
            rendered.search().apply(PublicationQuery.parse(Map.of("q", List.of("word" + i))));
        }
        assertEquals(size, rendered.memo().size());
        rendered.search().apply(rendered.common().get(0));
        assertEquals(size + 1, rendered.memo().size());
    }
}
