package io.github.conglongli.site.render.page;

import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.JsonLd;
import io.github.conglongli.site.render.view.MetaTag;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects one page's head metadata; the OpenGraph and Twitter tags, the canonical address and
 * the navigation (with the current section marked) follow from the page's path, title and
 * description.
 */
final class Head {

    private final PageContext context;
    private final String path;
    private final String title;
    private final String description;
    private final String ogType;
    private final List<MetaTag> names = new ArrayList<>();
    private final List<MetaTag> extraProperties = new ArrayList<>();
    private boolean canonical = true;
    private Optional<JsonLd> jsonLd = Optional.empty();

    /** @param heading the page's own title, or null for the home page (the site title alone) */
    private Head(PageContext context, String path, String heading, String description, String ogType) {
        this.context = context;
        this.path = path;
        this.title = heading == null ? context.siteTitle() : heading + " · " + context.siteTitle();
        this.description = description;
        this.ogType = ogType;
    }

    static Head of(PageContext context, String path, String heading, String description, String ogType) {
        return new Head(context, path, heading, description, ogType);
    }

    /** Not to be indexed: a search result, the 404 page. */
    Head noindex() {
        names.add(new MetaTag("robots", "noindex"));
        return this;
    }

    /** No canonical address: the page answers for any address (the 404 page). */
    Head withoutCanonical() {
        canonical = false;
        return this;
    }

    Head jsonLd(JsonLd data) {
        jsonLd = Optional.of(data);
        return this;
    }

    Head names(List<MetaTag> tags) {
        names.addAll(tags);
        return this;
    }

    /** OpenGraph properties beyond those every page has, e.g. an article's date. */
    Head properties(List<MetaTag> tags) {
        extraProperties.addAll(tags);
        return this;
    }

    PageMeta build() {
        Routes routes = context.routes();
        Optional<String> canonicalUrl = canonical ? Optional.of(routes.absolute(path)) : Optional.empty();
        List<MetaTag> properties = new ArrayList<>();
        properties.add(new MetaTag("og:type", ogType));
        properties.add(new MetaTag("og:site_name", context.siteTitle()));
        properties.add(new MetaTag("og:title", title));
        properties.add(new MetaTag("og:description", description));
        canonicalUrl.ifPresent(url -> properties.add(new MetaTag("og:url", url)));
        context.image().ifPresent(url -> properties.add(new MetaTag("og:image", url)));
        properties.addAll(extraProperties);
        List<MetaTag> allNames = new ArrayList<>(names);
        allNames.add(new MetaTag("twitter:card", "summary"));
        allNames.add(new MetaTag("twitter:title", title));
        allNames.add(new MetaTag("twitter:description", description));
        context.image().ifPresent(url -> allNames.add(new MetaTag("twitter:image", url)));
        List<NavLink> nav = context.nav().stream()
                .map(n -> new NavLink(n.title(), routes.link(n.url()), isCurrent(n.url())))
                .toList();
        return PageMeta.builder()
                .title(title)
                .siteTitle(context.siteTitle())
                .description(description)
                .language(context.language())
                .canonicalUrl(canonicalUrl)
                .nav(nav)
                .homeUrl(routes.href(Routes.HOME))
                .feedUrl(routes.href(Routes.FEED))
                .assets(context.assets())
                .owner(context.owner())
                .names(allNames)
                .properties(properties)
                .jsonLd(jsonLd)
                .dev(context.dev())
                .labels(context.labels())
                .build();
    }

    /** A nav entry is current on its own page and, for sections, on the pages below it. */
    private boolean isCurrent(String url) {
        return url.equals(path) || (!url.equals(Routes.HOME) && path.startsWith(url + "/"));
    }
}
