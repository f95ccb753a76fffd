package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.SiteConfig;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.Assets;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every HTML page of a site shares: the layout's inputs (title, language, navigation,
 * assets, dev mode) and the site-wide facts views are made from (whose names to highlight). A
 * value: part of every page's inputs, so a change here re-renders every page, as it must.
 *
 * @param image   the owner's photo (absolute), if any, for structured data
 * @param social  the owner's handles, for link previews and rel=me links
 * @param siteCardAlt what the site's link-preview card shows, said in words
 * @param scholarUser the owner's Google Scholar user id, which links to a paper on Scholar need
 * @param version the content version a dev-mode page shows; empty outside dev mode, so that
 *                unchanged pages are equal across reloads
 */
public record PageContext(
        Routes routes,
        String siteTitle,
        String language,
        String owner,
        Set<String> ownerNames,
        Optional<String> image,
        List<SiteConfig.NavItem> nav,
        Assets assets,
        Optional<PageMeta.DevMode> dev,
        Labels labels,
        Profile.Social social,
        String siteCardAlt,
        PageOptions.Host host,
        Optional<String> scholarUser) {

    public PageContext {
        ownerNames = Set.copyOf(ownerNames);
        nav = List.copyOf(nav);
    }

    /** The context of {@code site}'s pages, made with {@code options}. */
    static PageContext of(Site site, PageOptions options) {
        Routes routes = Routes.of(options.baseUrl().orElse(site.config().baseUrl()));
        Set<String> ownerNames = Stream.concat(Stream.of(site.config().owner()), site.config().ownerAliases().stream())
                .map(PublicationViews::normalizeName)
                .collect(Collectors.toUnmodifiableSet());
        UnaryOperator<String> asset = name -> routes.href(options.assetUrl().apply(name));
        Assets assets = new Assets(asset.apply("style.css"),
                VenueStyles.css(site.venues()).map(css -> routes.href(Routes.VENUE_STYLES)), asset.apply("favicon.svg"),
                asset.apply("apple-touch-icon.png"), routes.href(Routes.MANIFEST));
        Map<String, String> overrides = new HashMap<>();
        site.config().labels().forEach(label -> overrides.put(label.key(), label.value()));
        Labels labels = Labels.of(site.config().language(), overrides);
        String siteCardAlt = ProfileViews.profile(site.profile(), routes, labels).headline()
                .map(headline -> site.profile().name() + ", " + headline).orElse(site.profile().name());
        return new PageContext(routes, site.config().title(), site.config().language(), site.profile().name(),
                ownerNames, site.profile().photo().map(routes::absoluteLink), Navigation.of(site, labels), assets,
                options.dev(), labels, site.profile().social(), siteCardAlt, options.host(),
                site.profile().scholarUser());
    }

}
