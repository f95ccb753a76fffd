package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Profile;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.image.CardImage;
import io.github.conglongli.site.render.view.JsonLd;
import io.github.conglongli.site.render.view.MetaTag;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private String image = CardsSection.SITE;
    private String imageAlt;
    private Optional<String> contentSecurityPolicy = Optional.empty();

    /** @param heading the page's own title, or null for the home page (the site title alone) */
    private Head(PageContext context, String path, String heading, String description, String ogType) {
        this.context = context;
        this.path = path;
        this.title = heading == null ? context.siteTitle() : heading + " · " + context.siteTitle();
        this.description = description;
        this.ogType = ogType;
        this.imageAlt = context.siteCardAlt();
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

    /** A Content-Security-Policy in the page itself ({@code <meta http-equiv>}). */
    Head contentSecurityPolicy(String policy) {
        contentSecurityPolicy = Optional.of(policy);
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

    /** The link-preview card of this page (a path of {@link CardsSection}) and what it shows, in words. */
    Head image(String cardPath, String alt) {
        image = cardPath;
        imageAlt = alt;
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
        String imageUrl = routes.absolute(image);
        properties.add(new MetaTag("og:image", imageUrl));
        properties.add(new MetaTag("og:image:type", "image/png"));
        properties.add(new MetaTag("og:image:width", String.valueOf(CardImage.WIDTH)));
        properties.add(new MetaTag("og:image:height", String.valueOf(CardImage.HEIGHT)));
        properties.add(new MetaTag("og:image:alt", imageAlt));
        properties.add(new MetaTag("og:locale", locale(context.language())));
        properties.addAll(extraProperties);
        List<MetaTag> allNames = new ArrayList<>(names);
        allNames.add(new MetaTag("twitter:card", "summary_large_image"));
        allNames.add(new MetaTag("twitter:title", title));
        allNames.add(new MetaTag("twitter:description", description));
        allNames.add(new MetaTag("twitter:image", imageUrl));
        allNames.add(new MetaTag("twitter:image:alt", imageAlt));
        context.social().twitter().ifPresent(handle -> {
            allNames.add(new MetaTag("twitter:site", "@" + handle));
            allNames.add(new MetaTag("twitter:creator", "@" + handle));
        });
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
                .meLinks(meLinks(context.social()))
                .search(context.host().hasSearch()
                        ? Optional.of(SearchPage.form(context, "site-search", "")) : Optional.empty())
                .contentSecurityPolicy(contentSecurityPolicy)
                .build();
    }

    private static List<String> meLinks(Profile.Social social) {
        List<String> links = new ArrayList<>();
        social.mastodon().ifPresent(handle -> {
            String[] userAndHost = handle.split("@", 2);
            links.add("https://" + userAndHost[1] + "/@" + userAndHost[0]);
        });
        social.bluesky().ifPresent(handle -> links.add("https://bsky.app/profile/" + handle));
        social.twitter().ifPresent(handle -> links.add("https://x.com/" + handle));
        return links;
    }

    /** OpenGraph writes locales with an underscore and a region: en_US, zh_CN, ja_JP. */
    static String locale(String languageTag) {
        String[] parts = languageTag.split("-");
        String language = parts[0].toLowerCase(Locale.ROOT);
        if (parts.length > 1 && parts[parts.length - 1].length() == 2) {
            return language + "_" + parts[parts.length - 1].toUpperCase(Locale.ROOT);
        }
        return switch (language) {
            case "en" -> "en_US";
            case "zh" -> "zh_CN";
            case "ja" -> "ja_JP";
            default -> language;
        };
    }

    /** A nav entry is current on its own page and, for sections, on the pages below it. */
    private boolean isCurrent(String url) {
        return url.equals(path) || (!url.equals(Routes.HOME) && path.startsWith(url + "/"));
    }
}
