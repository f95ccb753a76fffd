package io.github.conglongli.site.render;

import java.util.Map;
import java.util.function.Function;

/**
 * Every page of a site keyed by path ("/", "/publications", "/feed.xml", ...), the 404 page,
 * and the renderer for publication searches that were not rendered ahead.
 */
public record RenderedSite(Map<String, Page> pages, Page notFound, Function<PublicationQuery, Page> search) {

    public RenderedSite {
        pages = Map.copyOf(pages);
    }
}
