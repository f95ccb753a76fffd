package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.MarkdownPage;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.search.SearchAnswer;
import io.github.conglongli.site.search.SiteQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every page of one {@link Site}: the route at each address, which of them to render when the
 * site is published, and the 404 page. Making this costs little, whatever the size of the site:
 * pages are made when their route is rendered, not before.
 */
public final class SitePages {

    /** Addresses no section has that a page may not take either: the server answers the health check before any page. */
    private static final Map<String, String> RESERVED = Map.of(
            Routes.NOT_FOUND, "the 404 page",
            Routes.HEALTH, "the health check",
            Routes.SEARCH, "the search page");

    private final Routes routes;
    private final PageContext context;
    private final PageRenderer renderer;
    private final PublicationsSection publications;
    private final PagesSection pages;
    private final ProjectsSection projects;
    private final List<Section> sections;
    private final SearchPage search;

    /** @param loaded the site as loaded; drafts are shown in dev mode only */
    public SitePages(Site loaded, PageOptions options, PageRenderer renderer) {
        Site site = options.dev().isPresent() ? loaded
                : loaded.toBuilder().posts(loaded.posts().stream().filter(p -> !p.draft()).toList()).build();
        this.routes = Routes.of(options.baseUrl().orElse(site.config().baseUrl()));
        this.renderer = renderer;
        this.context = PageContext.of(site, options);
        this.publications = new PublicationsSection(site, context, renderer);
        this.pages = new PagesSection(site, context, renderer);
        this.projects = new ProjectsSection(site, context, renderer);
        this.search = new SearchPage(context, renderer);
        List<Section> html = List.of(
                new HomeSection(site, context, renderer),
                publications,
                new ExperienceSection(site, context, renderer),
                new TalksSection(site, context, renderer),
                new TeachingSection(site, context, renderer),
                projects,
                new BlogSection(site, context, renderer),
                new CvSection(site, context, renderer),
                new NewsSection(site, context, renderer),
                pages);
        DataFilesSection data = new DataFilesSection(site, context, options.assetUrl(), () -> htmlPaths(html));
        IconsSection icons = new IconsSection(site, path -> options.ownFile().apply(path).isPresent());
        CardsSection cards = new CardsSection(site, context, options.ownFile());
        // not HTML for the sitemap: the search page is never indexed by search engines
        Stream<Section> inBrowserSearch = options.host() == PageOptions.Host.STATIC_WITH_SEARCH
                ? Stream.of(new BrowserSearchSection(site, context, search)) : Stream.empty();
        this.sections = Stream.concat(html.stream(), Stream.concat(Stream.of(data, icons, cards), inBrowserSearch))
                .toList();
    }

    /**
     * What the content says that the site cannot serve: one of the owner's pages at an address a
     * built-in page has (each named, so the owner knows which file to rename), two projects at
     * one anchor.
     */
    public List<ContentError> problems() {
        List<ContentError> problems = new ArrayList<>();
        pages.paths().forEach(path -> {
            MarkdownPage page = pages.page(path).orElseThrow();
            sections.stream().filter(s -> s != pages && s.route(path).isPresent()).findFirst().map(Section::name)
                    .or(() -> Optional.ofNullable(RESERVED.get(path)))
                    .ifPresent(taken -> problems.add(ContentError.atFile(page.source().file(),
                            "the page " + path + " is at the address of " + taken + "; rename the file")));
        });
        problems.addAll(projects.clashes());
        return List.copyOf(problems);
    }

    /** HTML pages for the sitemap: every page but the data files and the publications' BibTeX. */
    private static Stream<String> htmlPaths(List<Section> html) {
        return html.stream().flatMap(Section::paths).filter(path -> !path.endsWith(".bib"));
    }

    public Routes routes() {
        return routes;
    }

    /** The page at {@code path}, if the site has one there. */
    public Optional<Route> route(String path) {
        for (Section section : sections) {
            Optional<Route> route = section.route(path);
            if (route.isPresent()) {
                return route;
            }
        }
        return Optional.empty();
    }

    /** What nearly every visit needs: rendered when the site is published, kept for its life. */
    public List<Route> pinned() {
        Stream<Route> pages = sections.stream().flatMap(Section::pinned).flatMap(path -> route(path).stream());
        return Stream.concat(pages, Stream.of(notFound())).toList();
    }

    /** Every address, in a stable order: what export writes. */
    public Stream<String> paths() {
        return sections.stream().flatMap(Section::paths);
    }

    /** The publications list filtered by {@code query}, at the query's own address. */
    public Route search(PublicationQuery query) {
        return publications.search(query);
    }

    /** The search page answering {@code query} with {@code answer}. */
    public Page searchResults(SiteQuery query, SearchAnswer answer) {
        return search.render(query, SearchPage.Status.ANSWERED, Optional.of(answer));
    }

    /** The search page without results: nothing asked yet (200), or why {@code query} cannot be searched (400). */
    public Page searchWithoutResults(SiteQuery query) {
        return search.render(query, query.problem().isPresent() ? SearchPage.Status.BAD_QUERY
                : SearchPage.Status.NOT_ASKED, Optional.empty());
    }

    /** The search page while the index is still being built (503, not to be cached). */
    public Page searchNotReady(SiteQuery query) {
        return search.render(query, SearchPage.Status.INDEX_NOT_READY, Optional.empty());
    }

    /** The page for any address the site does not have, answered with status 404. */
    public Route notFound() {
        return new Route(Routes.NOT_FOUND, context, () -> notFoundPage(context));
    }

    private Page notFoundPage(PageContext context) {
        Labels labels = context.labels();
        var meta = Head.of(context, Routes.NOT_FOUND, labels.get("notFound.title"), labels.get("notFound.description"),
                "website")
                .withoutCanonical().noindex().build();
        return renderer.notFound(meta);
    }
}
