package io.github.conglongli.site.render.page;

import io.github.conglongli.site.render.Route;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A part of the site with pages of its own (the publications, the CV, the feeds...): its
 * addresses and the route to each. A new kind of page is a new section, listed in
 * {@link SitePages} ({@link SinglePageSection} when it is one page); its templates go in
 * {@code src/main/jte/pages}.
 */
interface Section {

    /** What this section is, for messages: "the publications list". */
    String name();

    /** Every address this section has, in a stable order: what export writes and the sitemap lists. */
    Stream<String> paths();

    /** The route at {@code path}, if this section has one. */
    Optional<Route> route(String path);

    /** Addresses nearly every visit needs, rendered when the site is published; the rest on demand. */
    default Stream<String> pinned() {
        return Stream.empty();
    }
}
