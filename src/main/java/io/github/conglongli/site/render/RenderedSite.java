package io.github.conglongli.site.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every page of a site keyed by path ("/", "/publications", "/feed.xml", ...), the 404 page,
 * the renderer for publication searches, and the searches worth rendering ahead ({@code
 * common}: the ones the filter links offer), which are rendered after the site is published
 * so that they never delay it. The {@code memo} holds what this render made (filled in as the
 * common searches are rendered too), for the next render to reuse.
 */
public record RenderedSite(Map<String, Page> pages, Page notFound, Function<PublicationQuery, Page> search,
        List<PublicationQuery> common, PageMemo memo) {

    public RenderedSite {
        pages = Map.copyOf(pages);
        common = List.copyOf(common);
    }
}
