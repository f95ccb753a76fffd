package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * What the layout needs besides the page body: head metadata (canonical address, OpenGraph and
 * Twitter cards in {@code properties}, citation and other named tags in {@code names},
 * structured data), navigation, asset addresses, and in dev mode the live-reload script and
 * any content errors to show in a banner.
 */
public record PageMeta(
        String title,
        String siteTitle,
        String description,
        String language,
        Optional<String> canonicalUrl,
        List<NavLink> nav,
        Assets assets,
        String owner,
        List<MetaTag> names,
        List<MetaTag> properties,
        Optional<JsonLd> jsonLd,
        boolean hasFeed,
        boolean dev,
        String version,
        List<String> errors) {}
