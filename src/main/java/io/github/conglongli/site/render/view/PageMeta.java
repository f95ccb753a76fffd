package io.github.conglongli.site.render.view;

import io.github.conglongli.site.render.Labels;
import java.util.List;
import java.util.Optional;

/**
 * What the layout needs besides the page body: head metadata (canonical address, OpenGraph and
 * Twitter cards in {@code properties}, citation and other named tags in {@code names},
 * structured data), navigation, the addresses of the home page, feed and assets, and in dev
 * mode the live-reload script and any content errors to show in a banner; the header's search
 * box where the site has a search; the page's own Content-Security-Policy where it runs a script
 * on a host that may send none (an export's search page). Built by name with
 * {@link #builder()}.
 */
public record PageMeta(
        String title,
        String siteTitle,
        String description,
        String language,
        Optional<String> canonicalUrl,
        List<NavLink> nav,
        String homeUrl,
        String feedUrl,
        Assets assets,
        String owner,
        List<MetaTag> names,
        List<MetaTag> properties,
        Optional<JsonLd> jsonLd,
        Optional<DevMode> dev,
        Labels labels,
        List<String> meLinks,
        Optional<SearchForm> search,
        Optional<String> contentSecurityPolicy) {

    /** Dev mode: the version the page shows (for live reload) and the content errors to show. */
    public record DevMode(String version, List<String> errors) {
        public DevMode {
            errors = List.copyOf(errors);
        }
    }

    public PageMeta {
        nav = List.copyOf(nav);
        meLinks = List.copyOf(meLinks);
        names = List.copyOf(names);
        properties = List.copyOf(properties);
    }

    /** The content errors to show in a banner: only in dev mode. */
    public List<String> errors() {
        return dev.map(DevMode::errors).orElse(List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String title = "";
        private String siteTitle = "";
        private String description = "";
        private String language = "en";
        private Optional<String> canonicalUrl = Optional.empty();
        private List<NavLink> nav = List.of();
        private String homeUrl = "/";
        private String feedUrl = "/feed.xml";
        private Assets assets;
        private String owner = "";
        private List<MetaTag> names = List.of();
        private List<MetaTag> properties = List.of();
        private Optional<JsonLd> jsonLd = Optional.empty();
        private Optional<DevMode> dev = Optional.empty();
        private Labels labels;
        private List<String> meLinks = List.of();
        private Optional<SearchForm> search = Optional.empty();
        private Optional<String> contentSecurityPolicy = Optional.empty();

        private Builder() {}

        public Builder title(String v) { title = v; return this; }
        public Builder siteTitle(String v) { siteTitle = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder canonicalUrl(Optional<String> v) { canonicalUrl = v; return this; }
        public Builder nav(List<NavLink> v) { nav = v; return this; }
        public Builder homeUrl(String v) { homeUrl = v; return this; }
        public Builder feedUrl(String v) { feedUrl = v; return this; }
        public Builder assets(Assets v) { assets = v; return this; }
        public Builder owner(String v) { owner = v; return this; }
        public Builder names(List<MetaTag> v) { names = v; return this; }
        public Builder properties(List<MetaTag> v) { properties = v; return this; }
        public Builder jsonLd(Optional<JsonLd> v) { jsonLd = v; return this; }
        public Builder dev(Optional<DevMode> v) { dev = v; return this; }
        public Builder labels(Labels v) { labels = v; return this; }
        /** The owner's profiles elsewhere, for {@code rel=me} (Mastodon verifies the site with it). */
        public Builder meLinks(List<String> v) { meLinks = v; return this; }

        /** The header's search box; none on a static host, unless the export has a search page. */
        public Builder search(Optional<SearchForm> v) { search = v; return this; }

        /** A policy in the page itself, for a page that runs a script on a host that may send no header. */
        public Builder contentSecurityPolicy(Optional<String> v) { contentSecurityPolicy = v; return this; }

        public PageMeta build() {
            return new PageMeta(title, siteTitle, description, language, canonicalUrl, nav, homeUrl, feedUrl, assets,
                    owner, names, properties, jsonLd, dev, labels, meLinks, search, contentSecurityPolicy);
        }
    }
}
