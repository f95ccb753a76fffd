package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.math.TexToText;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.cite.Bibtex;
import io.github.conglongli.site.render.cite.CitationText;
import io.github.conglongli.site.render.cite.HighwireTags;
import io.github.conglongli.site.render.view.FiltersView;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PublicationPageView;
import io.github.conglongli.site.render.view.PublicationsView.Layout;
import io.github.conglongli.site.render.view.PublicationsView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The publications: the list (with search and filters), a page per year, a page and a BibTeX
 * file per paper, and all of them as one BibTeX file. Only the list is rendered at publish;
 * the rest is made on demand, so a site of 10,000 papers starts and reloads in the time its
 * list takes.
 */
final class PublicationsSection implements Section {

    static final String BIBTEX = "application/x-bibtex; charset=utf-8";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final String PAPER_PREFIX = Routes.PUBLICATIONS + "/";

    private record ListInputs(PageContext context, List<Publication> all, int onePageLimit) {}

    private record YearInputs(PageContext context, int year, List<Publication> publications,
            Map<Integer, Integer> countsByYear) {}

    private record SearchInputs(PageContext context, PublicationQuery query, List<Publication> all,
            int onePageLimit) {}

    private record PaperInputs(PageContext context, Publication publication, String bibtexKey,
            List<ProjectLink> projects, List<References.CitingPage> citedBy) {}

    /** A project that lists a paper, as its page links to it. */
    private record ProjectLink(String name) {}

    private record PaperBibtexInputs(Publication publication, String bibtexKey, String pageUrl) {}

    private record AllBibtexInputs(List<Publication> all, Map<String, String> keys, Routes routes) {}

    private final Site site;
    private final PageContext context;
    private final PageRenderer renderer;
    private final Map<String, Publication> bySlug = new HashMap<>();
    /** Newest year first. */
    private final Map<Integer, List<Publication>> byYear = new TreeMap<>(Comparator.reverseOrder());
    private volatile Map<String, String> bibtexKeys;
    private final Map<String, List<References.CitingPage>> citedBy;

    PublicationsSection(Site site, PageContext context, PageRenderer renderer) {
        this.site = site;
        this.context = context;
        this.renderer = renderer;
        this.citedBy = References.citingPages(site);
        for (Publication p : site.publications()) {
            bySlug.put(p.slug(), p);
            byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p);
        }
    }

    @Override
    public String name() {
        return "the publications (publications.yaml)";
    }

    @Override
    public Stream<String> paths() {
        if (site.publications().isEmpty()) {
            return Stream.empty();
        }
        return Stream.of(
                Stream.of(Routes.PUBLICATIONS),
                site.publications().stream().flatMap(p -> Stream.of(Routes.publication(p.slug()),
                        Routes.publicationBibtex(p.slug()))),
                byYear.keySet().stream().map(Routes::publicationsOfYear),
                Stream.of(Routes.PUBLICATIONS_BIB)).flatMap(s -> s);
    }

    /** The HTML pages among {@link #paths()}, for the sitemap. */
    Stream<String> pages() {
        return paths().filter(path -> !path.endsWith(".bib"));
    }

    @Override
    public Stream<String> pinned() {
        return Stream.of(Routes.PUBLICATIONS);
    }

    @Override
    public Optional<Route> route(String path) {
        if (site.publications().isEmpty()) {
            return Optional.empty();
        }
        if (path.equals(Routes.PUBLICATIONS)) {
            ListInputs inputs = new ListInputs(context, site.publications(), onePageLimit());
            return Optional.of(new Route(path, inputs, () -> list(inputs)));
        }
        if (path.equals(Routes.PUBLICATIONS_BIB)) {
            AllBibtexInputs inputs = new AllBibtexInputs(site.publications(), keys(), context.routes());
            return Optional.of(new Route(path, inputs, () -> allBibtex(inputs)));
        }
        if (!path.startsWith(PAPER_PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PAPER_PREFIX.length());
        if (YEAR.matcher(rest).matches()) {
            return yearRoute(path, Integer.parseInt(rest));
        }
        if (rest.endsWith(".bib")) {
            return Optional.ofNullable(bySlug.get(rest.substring(0, rest.length() - 4))).map(p -> {
                PaperBibtexInputs inputs = new PaperBibtexInputs(p, keys().get(p.slug()),
                        context.routes().absolute(Routes.publication(p.slug())));
                return new Route(path, inputs, () -> paperBibtex(inputs));
            });
        }
        return Optional.ofNullable(bySlug.get(rest)).map(p -> {
            PaperInputs inputs = new PaperInputs(context, p, keys().get(p.slug()), projectsOf(p),
                    citedBy.getOrDefault(p.slug(), List.of()));
            return new Route(path, inputs, () -> paper(inputs));
        });
    }

    /** The list filtered by {@code query}, at the query's canonical address. */
    Route search(PublicationQuery query) {
        SearchInputs inputs = new SearchInputs(context, query, site.publications(), onePageLimit());
        return new Route(query.url(), inputs, () -> search(inputs));
    }

    private Optional<Route> yearRoute(String path, int year) {
        List<Publication> ofYear = byYear.get(year);
        if (ofYear == null) {
            return Optional.empty();
        }
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        byYear.forEach((y, list) -> counts.put(y, list.size()));
        YearInputs inputs = new YearInputs(context, year, ofYear, counts);
        return Optional.of(new Route(path, inputs, () -> year(inputs)));
    }

    private List<ProjectLink> projectsOf(Publication p) {
        return site.projects().stream().filter(project -> project.papers().contains(p.slug()))
                .map(project -> new ProjectLink(project.name())).toList();
    }

    private int onePageLimit() {
        return site.config().publications().maxOnOnePage();
    }

    /** Citation keys depend on every paper (a derived key that is taken gets a suffix): made once, when asked. */
    private Map<String, String> keys() {
        Map<String, String> keys = bibtexKeys;
        if (keys == null) {
            keys = Bibtex.keys(site.publications());
            bibtexKeys = keys;
        }
        return keys;
    }

    private Page list(ListInputs in) {
        PublicationViews views = new PublicationViews(in.context());
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        String title = labels.get("publications.title");
        String summary = PublicationViews.summary(in.all(), labels);
        boolean onStaticHost = !in.context().host().answersQueries();
        Optional<FiltersView> filters = onStaticHost ? Optional.empty()
                : Optional.of(new PublicationFilters(in.context(), in.all()).of(PublicationQuery.NONE, 0));
        boolean onePage = in.all().size() <= in.onePageLimit();
        List<Publication> shown = onePage ? in.all() : recentYears(in.all(), in.onePageLimit());
        // without filters, years and types are found by links: to this page's sections, or to the years' pages
        List<NavLink> years = !onePage ? yearIndex(in.context(), countsByYear(in.all()), Optional.empty())
                : onStaticHost ? yearAnchors(countsByYear(in.all())) : List.of();
        List<NavLink> types = onStaticHost ? typeAnchors(in.context(), shown) : List.of();
        PublicationsView view = new PublicationsView(title, summary, filters, Layout.EXPANDED, views.byYear(shown), years, types,
                onePage ? Optional.empty() : Optional.of(labels.get("publications.earlierYears")));
        var meta = Head.of(in.context(), Routes.PUBLICATIONS, title,
                labels.format("publications.description", in.context().owner(), summary), "website").build();
        return renderer.page(PageTemplate.PUBLICATIONS, meta, view);
    }

    private Page search(SearchInputs in) {
        PublicationViews views = new PublicationViews(in.context());
        Labels labels = in.context().labels();
        String title = labels.get("publications.title");
        List<Publication> matching = in.all().stream().filter(in.query().matcher()).toList();
        List<Publication> shown = matching.size() <= in.onePageLimit() ? matching
                : matching.stream().sorted(PublicationViews.NEWEST_FIRST).limit(in.onePageLimit()).toList();
        Optional<String> omitted = shown.size() == matching.size() ? Optional.empty()
                : Optional.of(labels.format("publications.latestOnly", shown.size(), matching.size()));
        String summary = PublicationViews.summary(in.all(), labels);
        PublicationsView view = new PublicationsView(title, summary,
                Optional.of(new PublicationFilters(in.context(), in.all()).of(in.query(), matching.size())),
                in.query().compact() ? Layout.COMPACT : Layout.EXPANDED, views.byYear(shown), List.of(), List.of(),
                omitted);
        var meta = Head.of(in.context(), Routes.PUBLICATIONS, title,
                labels.format("publications.description", in.context().owner(), summary), "website").noindex().build();
        return renderer.page(PageTemplate.PUBLICATIONS, meta, view);
    }

    private Page year(YearInputs in) {
        PublicationViews views = new PublicationViews(in.context());
        Labels labels = in.context().labels();
        String year = String.valueOf(in.year());
        String heading = labels.format("publications.yearTitle", year);
        String summary = PublicationViews.summary(in.publications(), labels);
        PublicationsView view = new PublicationsView(heading, summary, Optional.empty(), Layout.EXPANDED,
                views.byYear(in.publications()), yearIndex(in.context(), in.countsByYear(), Optional.of(in.year())),
                List.of(), Optional.empty());
        var meta = Head.of(in.context(), Routes.publicationsOfYear(in.year()), heading,
                labels.format("publications.yearDescription", in.context().owner(), year, summary), "website")
                .build();
        return renderer.page(PageTemplate.PUBLICATIONS, meta, view);
    }

    private Page paper(PaperInputs in) {
        Publication p = in.publication();
        Routes routes = in.context().routes();
        String path = Routes.publication(p.slug());
        String url = routes.absolute(path);
        Labels labels = in.context().labels();
        PublicationPageView view = new PublicationPageView(new PublicationViews(in.context()).of(p),
                p.abstractText().map(text -> Markdown.block(text, routes.basePath())), CitationText.plain(p), Bibtex.entry(p, in.bibtexKey(), url),
                routes.href(Routes.publicationBibtex(p.slug())), routes.href(Routes.PUBLICATIONS_BIB),
                routes.href(Routes.PUBLICATIONS),
                in.projects().stream().map(project -> new LinkView(project.name(),
                        routes.href(Routes.PROJECTS) + "#" + Slugs.of(project.name())))
                        .toList(),
                References.links(in.citedBy(), routes));
        // <title>, meta tags and the card's alt text cannot hold MathML: formulas as Unicode text
        String title = TexToText.of(p.title());
        var meta = Head.of(in.context(), path, title, CitationText.summary(p, labels), "article")
                .image(CardsSection.paper(p.slug()), p.venue().isBlank() ? title : title + " (" + p.venue() + ")")
                .jsonLd(StructuredData.article(p, in.context(), url))
                .names(HighwireTags.of(p, routes, url))
                .build();
        return renderer.page(PageTemplate.PUBLICATION, meta, view);
    }

    private static Page paperBibtex(PaperBibtexInputs in) {
        return Page.of(200, BIBTEX, Bibtex.entry(in.publication(), in.bibtexKey(), in.pageUrl())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Page allBibtex(AllBibtexInputs in) {
        return Page.of(200, BIBTEX, Bibtex.database(in.all(), in.keys(),
                p -> in.routes().absolute(Routes.publication(p.slug()))).getBytes(StandardCharsets.UTF_8));
    }

    /** The newest years whose papers together fit {@code limit}; at least the newest year. */
    static List<Publication> recentYears(List<Publication> all, int limit) {
        Map<Integer, Integer> counts = countsByYear(all);
        int shownYears = 0;
        int total = 0;
        for (int count : counts.values()) {
            if (shownYears > 0 && total + count > limit) {
                break;
            }
            total += count;
            shownYears++;
        }
        List<Integer> years = counts.keySet().stream().limit(shownYears).toList();
        return all.stream().filter(p -> years.contains(p.year())).toList();
    }

    /** Papers per year, newest year first. */
    private static Map<Integer, Integer> countsByYear(List<Publication> all) {
        Map<Integer, Integer> counts = new TreeMap<>(Comparator.reverseOrder());
        all.forEach(p -> counts.merge(p.year(), 1, Integer::sum));
        return counts;
    }

    /** A link to every year's section of this page. */
    private static List<NavLink> yearAnchors(Map<Integer, Integer> counts) {
        return counts.keySet().stream().map(year -> NavLink.to(String.valueOf(year), "#y" + year)).toList();
    }

    /** "15 conference papers", each linking the first paper of its type on this page. */
    private static List<NavLink> typeAnchors(PageContext context, List<Publication> shown) {
        Map<PublicationType, List<Publication>> byType = new EnumMap<>(PublicationType.class);
        shown.stream().sorted(PublicationViews.NEWEST_FIRST)
                .forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
        return byType.entrySet().stream()
                .map(e -> NavLink.to(PublicationViews.typeCount(e.getKey(), e.getValue().size(), context.labels()),
                        "#" + e.getValue().get(0).slug()))
                .toList();
    }

    /** A link to every year's page, "2022 (14)", the current one marked. */
    private static List<NavLink> yearIndex(PageContext context, Map<Integer, Integer> counts,
            Optional<Integer> current) {
        List<NavLink> links = new ArrayList<>();
        counts.forEach((year, count) -> links.add(new NavLink(
                context.labels().format("publications.yearCount", String.valueOf(year), count),
                context.routes().href(Routes.publicationsOfYear(year)), current.map(year::equals).orElse(false))));
        return List.copyOf(links);
    }
}
