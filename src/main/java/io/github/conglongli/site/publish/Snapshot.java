package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import java.time.Instant;
import java.util.List;

/**
 * Everything served for one version of the content: the site, its pages, the static files,
 * and the errors of the last reload if it failed (the site is then the last good one). Built
 * whole, published with one atomic swap, never modified (its page cache fills on demand).
 */
public record Snapshot(
        Site site,
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
        return pages.notFound();
    }

    /** The publications page filtered by {@code query}: cached, or rendered now and cached. */
    public Page search(PublicationQuery query) {
        return pages.search(query);
    }

    /** The same pages, now reporting {@code newErrors} (the reload that produced them failed). */
    Snapshot withErrors(List<ContentError> newErrors, long newGeneration) {
        return new Snapshot(site, pages, statics, fingerprint, newGeneration, loadedAt, newErrors);
    }
}
