package io.github.conglongli.site.render.page;

import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How pages are made, beyond the content: {@code dev} adds the live-reload script and shows
 * content errors in a banner; {@code assetUrl} maps a static file name ("style.css") to its
 * path with a content hash ("/style.css?v=1a2b3c"), so browsers and CDNs may cache it forever;
 * {@code baseUrl} replaces site.yaml's address (an export for another host, say); {@code ownFile}
 * is the owner's file in static/ at a path, if any (an owner's icon wins over the generated one,
 * and the photo is drawn on the site's link-preview card).
 */
public record PageOptions(Optional<PageMeta.DevMode> dev, UnaryOperator<String> assetUrl, Optional<String> baseUrl,
        Function<String, Optional<Page>> ownFile, Host host) {

    /**
     * Who answers the pages: this server, which runs searches and filters, or a static host (an
     * export), which ignores queries, so pages offer only what works as plain files; with
     * {@code STATIC_WITH_SEARCH} (export --search) the search page runs in the visitor's browser.
     */
    public enum Host {
        SERVER, STATIC, STATIC_WITH_SEARCH;

        /** Whether a server answers queries (filters, searches); a static host ignores them. */
        public boolean answersQueries() {
            return this == SERVER;
        }

        /** Whether the site has a search page, so every page's header has a search box. */
        public boolean hasSearch() {
            return this != STATIC;
        }
    }

    /** The same, with the owner's static files read by {@code files}. */
    public PageOptions withOwnFiles(Function<String, Optional<Page>> files) {
        return new PageOptions(dev, assetUrl, baseUrl, files, host);
    }

    /** Production pages of a site whose static/ has nothing but what {@code assetUrl} says. */
    public static PageOptions production(UnaryOperator<String> assetUrl) {
        return new PageOptions(Optional.empty(), assetUrl, Optional.empty(), path -> Optional.empty(), Host.SERVER);
    }
}
