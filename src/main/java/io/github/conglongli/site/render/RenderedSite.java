package io.github.conglongli.site.render;

import java.util.Map;

/** Every page of a site keyed by path ("/", "/publications", ...), plus the 404 page. */
public record RenderedSite(Map<String, Page> pages, Page notFound) {

    public RenderedSite {
        pages = Map.copyOf(pages);
    }
}
