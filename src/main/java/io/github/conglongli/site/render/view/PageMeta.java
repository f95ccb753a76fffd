package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * What the layout needs besides the page body: head metadata, navigation, the stylesheet
 * address, and in dev mode the live-reload script and any content errors to show in a banner.
 */
public record PageMeta(
        String title,
        String siteTitle,
        String description,
        String language,
        Optional<String> canonicalUrl,
        List<NavLink> nav,
        String stylesheet,
        String owner,
        boolean dev,
        List<String> errors) {}
