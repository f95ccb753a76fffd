package io.github.conglongli.site.render;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.view.Assets;
import io.github.conglongli.site.render.view.JsonLd;
import io.github.conglongli.site.render.view.MetaTag;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PageMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders every route of a {@link Site} once into {@link Page}s: the HTML pages through the
 * jte templates, and the data files (BibTeX, feed, sitemap, robots.txt, manifest) in Java.
 * Rendering is the expensive step; it happens when content changes, never per request, except
 * for the first request of a publication search not rendered ahead, which is then cached.
 */
public final class SiteRenderer {

    static final String BIBTEX = "application/x-bibtex; charset=utf-8";

    private final TemplateEngine engine;

    public SiteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** @throws gg.jte.TemplateException when a template fails to compile or render */
    public RenderedSite render(Site site, RenderOptions options) {
        return render(site, options, PageMemo.empty());
    }

    /**
     * Renders {@code site}, taking every page whose inputs are unchanged from {@code previous}
     * (the memo of an earlier render with the same templates), so a reload only renders what an
     * edit changed. The result is byte for byte what a render without a memo makes.
     *
     * @throws gg.jte.TemplateException when a template fails to compile or render
     */
    public RenderedSite render(Site site, RenderOptions options, PageMemo previous) {
        Routes routes = new Routes(site, options, previous);
        return new RenderedSite(routes.all(), routes.notFound(), routes::search, routes.common, routes.made);
    }

    /** Everything needed to render one site; lives only while its snapshot is built or searched. */
    private final class Routes {
        private final Site site;
        private final RenderOptions options;
        private final SiteViews views;
        private final String base;
        private final Assets assets;
        private final Map<String, String> keys;
        private final List<PublicationQuery> common;
        private final PageMemo previous;
        private final PageMemo made = PageMemo.empty();

        Routes(Site site, RenderOptions options, PageMemo previous) {
            this.site = site;
            this.options = options;
            this.views = new SiteViews(site);
            this.base = site.config().baseUrl();
            this.assets = new Assets(options.assetUrl().apply("style.css"), options.assetUrl().apply("favicon.svg"),
                    options.assetUrl().apply("apple-touch-icon.png"), "/manifest.webmanifest");
            this.keys = Bibtex.keys(site.publications());
            this.common = commonSearches();
            this.previous = previous;
        }

        Map<String, Page> all() {
            Map<String, Page> pages = new LinkedHashMap<>();
            String name = site.profile().name();
            pages.put("/", html("pages/home.jte", meta("/", null, site.config().description().orElse(name), "profile")
                    .jsonLd(StructuredData.person(site)).build(), views.home()));
            pages.put("/publications", search(PublicationQuery.NONE));
            for (Publication p : site.publications()) {
                pages.put(pagePath(p), publicationPage(p));
                pages.put(pagePath(p) + ".bib", data(BIBTEX, bibtex(p).getBytes(StandardCharsets.UTF_8)));
            }
            pages.put("/publications.bib", data(BIBTEX, Bibtex.database(site.publications(), keys,
                    p -> base + pagePath(p)).getBytes(StandardCharsets.UTF_8)));
            pages.put("/experience", html("pages/experience.jte", meta("/experience", "Experience",
                    "Work experience, education, skills and service of " + name + ".", "website").build(),
                    views.experience()));
            pages.put("/cv", html("pages/cv.jte", meta("/cv", "CV", "Curriculum vitae of " + name + ".", "profile")
                    .build(), views.cv()));
            if (!site.news().isEmpty()) {
                pages.put("/news", html("pages/news.jte", meta("/news", "News", "News from " + name + ".", "website")
                        .build(), views.newsPage()));
            }
            List<String> urls = new ArrayList<>();
            pages.forEach((path, page) -> {
                if (page.contentType().startsWith("text/html") && !path.contains("?")) {
                    urls.add(base + path);
                }
            });
            pages.put("/sitemap.xml", data("application/xml; charset=utf-8", Feeds.sitemap(urls)));
            Map<String, String> pageUrls = new LinkedHashMap<>();
            site.publications().forEach(p -> pageUrls.put(p.slug(), base + pagePath(p)));
            pages.put("/feed.xml", data("application/atom+xml; charset=utf-8", Feeds.atom(site, pageUrls)));
            pages.put("/robots.txt", data("text/plain; charset=utf-8", Feeds.robots(base)));
            pages.put("/manifest.webmanifest", data("application/manifest+json", Feeds.manifest(site,
                    options.assetUrl().apply("icon-192.png"), options.assetUrl().apply("icon-512.png"),
                    assets.favicon())));
            return pages;
        }

        Page notFound() {
            return html(404, "pages/not-found.jte", meta("/404", "Page not found", "This page does not exist.",
                    "website").canonical(Optional.empty()).noindex().build(), null);
        }

        /** One variant of the publications page; every variant but the plain list points search engines to it. */
        Page search(PublicationQuery query) {
            MetaBuilder meta = meta("/publications", "Publications",
                    "Publications by " + site.profile().name() + ": " + SiteViews.summary(site.publications()) + ".",
                    "website");
            if (!query.isDefault()) {
                meta.noindex();
            }
            // only the searches rendered ahead are remembered: arbitrary ones would grow the memo without bound
            return html(200, "pages/publications.jte", meta.build(), views.publications(query),
                    query.isDefault() || common.contains(query));
        }

        /** The searches the filter links offer, rendered ahead so following a link never waits on a render. */
        private List<PublicationQuery> commonSearches() {
            List<PublicationQuery> variants = new ArrayList<>();
            variants.add(PublicationQuery.NONE.withCompact(true));
            variants.add(PublicationQuery.NONE.withAward(true));
            site.publications().stream().map(p -> String.valueOf(p.year())).distinct()
                    .forEach(y -> variants.add(PublicationQuery.NONE.withYear(Optional.of(y))));
            site.publications().stream().map(p -> p.type().key()).distinct()
                    .forEach(t -> variants.add(PublicationQuery.NONE.withType(Optional.of(t))));
            site.publications().stream().map(p -> SiteViews.venueSeries(p.venue())).distinct()
                    .forEach(v -> variants.add(PublicationQuery.NONE.withVenue(Optional.of(v))));
            return variants;
        }

        private Page publicationPage(Publication p) {
            String url = base + pagePath(p);
            String description = String.join(", ", p.authors()) + (p.etAl() ? " et al." : "") + ". "
                    + SiteViews.venueLine(p).orElse(p.venue()) + ".";
            MetaBuilder meta = meta(pagePath(p), p.title(), description, "article")
                    .jsonLd(StructuredData.article(site, p, url));
            meta.names.addAll(Citations.highwire(p, base, url));
            return html("pages/publication.jte", meta.build(),
                    views.publicationPage(p, bibtex(p), pagePath(p) + ".bib"));
        }

        private String bibtex(Publication p) {
            return Bibtex.entry(p, keys.get(p.slug()), base + pagePath(p));
        }

        private Page html(String template, PageMeta meta, Object view) {
            return html(200, template, meta, view, true);
        }

        private Page html(int status, String template, PageMeta meta, Object view) {
            return html(status, template, meta, view, true);
        }

        private Page html(int status, String template, PageMeta meta, Object view, boolean remember) {
            Supplier<Page> render = () -> {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("meta", meta);
                if (view != null) {
                    params.put("view", view);
                }
                Utf8ByteOutput out = new Utf8ByteOutput();
                engine.render(template, params, out);
                return Page.html(status, out.toByteArray());
            };
            return remember ? made.remember(new PageMemo.TemplateKey(status, template, meta, view), previous, render)
                    : render.get();
        }

        private Page data(String contentType, byte[] body) {
            return made.remember(PageMemo.data(200, contentType, body), previous, () -> Page.of(200, contentType, body));
        }

        private MetaBuilder meta(String path, String heading, String description, String ogType) {
            return new MetaBuilder(site, options, assets, path, heading, description, ogType);
        }
    }

    public static String pagePath(Publication p) {
        return "/publications/" + p.slug();
    }

    /** Collects a page's head metadata; OpenGraph and Twitter tags follow from title and description. */
    private static final class MetaBuilder {
        private final Site site;
        private final RenderOptions options;
        private final Assets assets;
        private final String path;
        private final String title;
        private final String description;
        private final String ogType;
        private final List<MetaTag> names = new ArrayList<>();
        private Optional<String> canonical;
        private Optional<JsonLd> jsonLd = Optional.empty();

        MetaBuilder(Site site, RenderOptions options, Assets assets, String path, String heading, String description,
                String ogType) {
            this.site = site;
            this.options = options;
            this.assets = assets;
            this.path = path;
            this.title = heading == null ? site.config().title() : heading + " · " + site.config().title();
            this.description = description;
            this.ogType = ogType;
            this.canonical = Optional.of(site.config().baseUrl() + path);
        }

        MetaBuilder canonical(Optional<String> url) {
            canonical = url;
            return this;
        }

        MetaBuilder noindex() {
            names.add(new MetaTag("robots", "noindex"));
            return this;
        }

        MetaBuilder jsonLd(JsonLd data) {
            jsonLd = Optional.of(data);
            return this;
        }

        PageMeta build() {
            List<MetaTag> properties = new ArrayList<>();
            properties.add(new MetaTag("og:type", ogType));
            properties.add(new MetaTag("og:site_name", site.config().title()));
            properties.add(new MetaTag("og:title", title));
            properties.add(new MetaTag("og:description", description));
            canonical.ifPresent(url -> properties.add(new MetaTag("og:url", url)));
            Optional<String> image = site.profile().photo().map(p -> StructuredData.absolute(site, p));
            image.ifPresent(url -> properties.add(new MetaTag("og:image", url)));
            List<MetaTag> allNames = new ArrayList<>(names);
            allNames.add(new MetaTag("twitter:card", "summary"));
            allNames.add(new MetaTag("twitter:title", title));
            allNames.add(new MetaTag("twitter:description", description));
            image.ifPresent(url -> allNames.add(new MetaTag("twitter:image", url)));
            List<NavLink> nav = site.config().nav().stream()
                    .map(n -> new NavLink(n.title(), n.url(), isCurrent(n.url())))
                    .toList();
            return new PageMeta(title, site.config().title(), description, site.config().language(), canonical, nav,
                    assets, site.profile().name(), List.copyOf(allNames), List.copyOf(properties), jsonLd, true,
                    // the version is shown in dev mode only; outside it, leaving it out lets unchanged pages be reused
                    options.dev(), options.dev() ? options.version() : "", options.errors());
        }

        /** A nav entry is current on its own page and, for sections, on the pages below it. */
        private boolean isCurrent(String url) {
            return url.equals(path) || (!url.equals("/") && path.startsWith(url + "/"));
        }
    }
}
