package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.page.SitePages;
import io.github.conglongli.site.search.IndexedSnapshot;
import io.github.conglongli.site.search.SearchIndex;
import io.github.conglongli.site.search.SiteQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything served for one version of the content: the site, its pages, the static files,
 * the errors of the last reload if it failed (the site is then the last good one), and the
 * site's search index, built beside it. Built whole, published with one atomic swap, never
 * modified (its page cache fills on demand; its index may still be building).
 */
public record Snapshot(
        Site site,
        PageCache pages,
        StaticFiles statics,
        String fingerprint,
        long generation,
        Instant loadedAt,
        List<ContentError> errors,
        IndexedSnapshot search) {

    public Snapshot {
        errors = List.copyOf(errors);
    }

    public Page notFound() {
        return pages.notFound();
    }

    /** The publications page filtered by {@code query}: cached, or rendered now and cached. */
    public Page search(PublicationQuery query) {
        return pages.search(query);
    }

    /**
     * The search page for {@code query}: cached, or answered from the index now (waiting up to
     * {@code wait} for an index still being built) and cached.
     *
     * @throws SearchIndex.Retired when a newer snapshot has replaced this one meanwhile: ask that one
     */
    public Page find(SiteQuery query, Duration wait) {
        SitePages site = pages.pages();
        if (query.isEmpty() || query.problem().isPresent()) {
            return pages.answer(query.url(), () -> site.searchWithoutResults(query));
        }
        Optional<SearchIndex> index = search.await(wait);
        if (index.isEmpty()) {
            return site.searchNotReady(query);
        }
        return pages.answer(query.url(), () -> site.searchResults(query, index.get().find(query)));
    }

    /** The same pages, now reporting {@code newErrors} (the reload that produced them failed). */
    Snapshot withErrors(List<ContentError> newErrors, long newGeneration) {
        return new Snapshot(site, pages, statics, fingerprint, newGeneration, loadedAt, newErrors, search);
    }
}
