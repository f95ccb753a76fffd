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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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

    Path copyOfContent() throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        try (Stream<Path> files = Files.list(Path.of("content"))) {
            for (Path file : files.toList()) {
                Files.copy(file, content.resolve(file.getFileName()));
            }
        }
        return content;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void unchangedContentReusesEveryPageIncludingTheSearchesRenderedAhead() {
        Site site = load(Path.of("content"));
        RenderedSite first = RENDERER.render(site, OPTIONS);
        Map<PublicationQuery, Page> searches = new java.util.HashMap<>();
        first.common().forEach(q -> searches.put(q, first.search().apply(q)));

        RenderedSite second = renderChecked(load(Path.of("content")), first.memo());
        assertEquals(Set.of(), rerendered(first, second));
        assertSame(first.notFound(), second.notFound());
        first.common().forEach(q -> assertSame(searches.get(q), second.search().apply(q), q.url()));
    }

    @Test
    void anEditToTheProfileRerendersOnlyThePagesThatShowWhatChanged() throws IOException {
        Path content = copyOfContent();
        RenderedSite first = RENDERER.render(load(content), OPTIONS);
        replace(content.resolve("profile.yaml"), "location: Bellevue, WA, USA", "location: Seattle, WA, USA");

        RenderedSite second = renderChecked(load(content), first.memo());
        Set<String> changed = rerendered(first, second);
        assertTrue(changed.contains("/"), changed.toString());
        assertTrue(new String(second.pages().get("/").body(), StandardCharsets.UTF_8).contains("Seattle, WA, USA"));
        assertTrue(changed.size() < second.pages().size() / 4, "most pages reused: " + changed);
        assertTrue(changed.stream().noneMatch(p -> p.endsWith(".bib")), changed.toString());
    }

    @Test
    void anEditToOnePublicationRerendersItsPagesAndTheListsNotTheOtherPapers() throws IOException {
        Path content = copyOfContent();
        RenderedSite first = RENDERER.render(load(content), OPTIONS);
        replace(content.resolve("publications.yaml"), "Multi-Round Multi-Image Interleave Chat",
                "Multi-Round Multi-Image Interleaved Chat");

        RenderedSite second = renderChecked(load(content), first.memo());
        Set<String> changed = rerendered(first, second);
        List<String> papers = changed.stream().filter(p -> p.startsWith("/publications/")).toList();
        assertEquals(2, papers.size(), "the paper's page and its .bib: " + papers);
        assertTrue(changed.containsAll(List.of("/publications", "/publications.bib", "/feed.xml")), changed.toString());
        assertTrue(new String(second.pages().get(papers.get(0)).body(), StandardCharsets.UTF_8)
                .contains("Interleaved Chat"));
    }

    @Test
    void aNewStylesheetAddressRerendersEveryHtmlPage() {
        Site site = load(Path.of("content"));
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
        RenderedSite rendered = RENDERER.render(load(Path.of("content")), OPTIONS);
        int size = rendered.memo().size();
        for (int i = 0; i < 50; i++) {
            rendered.search().apply(PublicationQuery.parse(Map.of("q", List.of("word" + i))));
        }
        assertEquals(size, rendered.memo().size());
        rendered.search().apply(rendered.common().get(0));
        assertEquals(size + 1, rendered.memo().size());
    }
}
