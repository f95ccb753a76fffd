package io.github.conglongli.site.render.page;

import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A section with one page at one address (the home page, the CV, the talks...), which exists only
 * while the content has something for it to show.
 *
 * @param <I> what the page is made from: its route is re-rendered only when these differ
 */
interface SinglePageSection<I> extends Section {

    /** The page's address. */
    String path();

    /** Whether the content has anything for the page; without it there is no page, and no link to one. */
    default boolean hasContent() {
        return true;
    }

    I inputs();

    Page render(I inputs);

    @Override
    default Stream<String> paths() {
        return hasContent() ? Stream.of(path()) : Stream.empty();
    }

    @Override
    default Optional<Route> route(String at) {
        if (!hasContent() || !at.equals(path())) {
            return Optional.empty();
        }
        I in = inputs();
        return Optional.of(new Route(at, in, () -> render(in)));
    }
}
