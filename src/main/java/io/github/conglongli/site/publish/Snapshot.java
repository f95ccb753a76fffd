package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.RenderedSite;
import java.time.Instant;
import java.util.List;

/**
 * Everything served for one version of the content: the site, its rendered pages, the static
 * files, and the errors of the last reload if it failed (the site is then the last good one).
 * Built whole, published with one atomic swap, never modified.
 */
public record Snapshot(
        Site site,
        RenderedSite rendered,
        PageCache pages,
        StaticFiles statics,
        String fingerprint,
        long generation,
        Instant loadedAt,
        List<ContentError> errors) {

    public Snapshot {
        errors = List.copyOf(errors);
    }

    public Page notFound() {
        return rendered.notFound();
    }

    /** The publications page filtered by {@code query}: rendered ahead, cached, or rendered now and cached. */
    public Page search(PublicationQuery query) {
        return pages.computeIfAbsent(query.url(), key -> rendered.search().apply(query));
    }

    /** The same pages, now reporting {@code newErrors} (the reload that produced them failed). */
    Snapshot withErrors(List<ContentError> newErrors, long newGeneration) {
        return new Snapshot(site, rendered, pages, statics, fingerprint, newGeneration, loadedAt, newErrors);
    }
}
