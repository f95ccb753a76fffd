package io.github.conglongli.site.render.view;

import java.util.Optional;

/**
 * Addresses of the files every page links to, each carrying its content hash where it has one;
 * {@code venueStyles} when venues.yaml colours the papers' badges.
 */
public record Assets(String stylesheet, Optional<String> venueStyles, String favicon, String appleTouchIcon,
        String manifest) {}
