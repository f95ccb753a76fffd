package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.SearchView;
import io.github.conglongli.site.search.BrowserIndex;
import io.github.conglongli.site.search.SearchDocument;
import io.github.conglongli.site.search.SearchDocuments;
import io.github.conglongli.site.search.SearchIndex;
import io.github.conglongli.site.search.SearchKind;
import io.github.conglongli.site.search.SiteQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The search of an exported site that runs in the visitor's browser (export --search): the
 * search page at the server's address, the script that answers it ({@code search.js}, the only
 * script a page of the site loads) and the index it fetches when a query is typed. Only a static
 * host with search has this section; the server answers {@code /search} itself.
 */
final class BrowserSearchSection implements Section {

    static final String SCRIPT = "/search.js";
    static final String INDEX = "/search/index.json";
    private static final String SCRIPT_TYPE = "text/javascript; charset=utf-8";
    /**
     * The search page's own policy, in a meta element: the one a host is asked to send
     * (SecurityHeaders.exportWithSearchPolicy), less what a meta element cannot say (frame-ancestors)
     * and what this page has no use for (frames). A host's header, where there is one, applies too.
     */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; script-src 'self'";
    /** A count no search reaches, formatted and then replaced by {@code {n}}, for the script to fill in. */
    private static final int SOME_COUNT = 1_000_003;

    private record PageInputs(PageContext context, String script) {}

    private record IndexInputs(PageContext context, List<SearchDocument> docs) {}

    private final Site site;
    private final PageContext context;
    private final SearchPage page;

    BrowserSearchSection(Site site, PageContext context, SearchPage page) {
        this.site = site;
        this.context = context;
        this.page = page;
    }

    @Override
    public String name() {
        return "the search page";
    }

    @Override
    public Stream<String> paths() {
        return Stream.of(Routes.SEARCH, SCRIPT, INDEX);
    }

    @Override
    public Optional<Route> route(String path) {
        return switch (path) {
            case Routes.SEARCH -> {
                PageInputs inputs = new PageInputs(context, scriptUrl());
                yield Optional.of(new Route(path, inputs, () -> page.inBrowser(inBrowser(inputs.script()))));
            }
            case SCRIPT -> Optional.of(new Route(path, SCRIPT, BrowserSearchSection::script));
            case INDEX -> {
                IndexInputs inputs = new IndexInputs(context, SearchDocuments.of(site, false));
                yield Optional.of(new Route(path, inputs, () -> index(inputs)));
            }
            default -> Optional.empty();
        };
    }

    private SearchView.InBrowser inBrowser(String script) {
        Labels labels = context.labels();
        Routes routes = context.routes();
        List<SearchView.Text> texts = new ArrayList<>();
        String someCount = NumberFormat.getIntegerInstance(Locale.ROOT).format(SOME_COUNT); // as Labels.format writes it
        texts.add(new SearchView.Text("count-one", labels.format("search.count", 1, "{q}")));
        texts.add(new SearchView.Text("count", labels.format("search.count", SOME_COUNT, "{q}")
                .replace(someCount, "{n}")));
        texts.add(new SearchView.Text("count-paged", labels.format("search.countPaged", SOME_COUNT, "{q}", "{page}",
                "{pages}").replace(someCount, "{n}")));
        texts.add(new SearchView.Text("none", labels.format("search.none", "{q}")));
        texts.add(new SearchView.Text("title-for", labels.format("search.titleFor", "{q}")));
        texts.add(new SearchView.Text("too-many-terms",
                labels.format("search.tooManyTerms", String.valueOf(SiteQuery.MAX_CLAUSES))));
        texts.add(new SearchView.Text("bad-year", labels.format("search.badYear", "{value}")));
        texts.add(new SearchView.Text("bad-kind", labels.format("search.badKind", "{value}")));
        texts.add(new SearchView.Text("only-excluded", labels.get("search.onlyExcluded")));
        texts.add(new SearchView.Text("loading", labels.get("search.loading")));
        texts.add(new SearchView.Text("load-failed", labels.get("search.loadFailed")));
        texts.add(new SearchView.Text("pages", labels.get("search.pages")));
        texts.add(new SearchView.Text("previous", labels.get("search.previous")));
        texts.add(new SearchView.Text("next", labels.get("search.next")));
        for (SearchKind kind : SearchKind.values()) {
            texts.add(new SearchView.Text("kind-" + kind.key(), labels.get(kind.labelKey())));
        }
        String kinds = String.join(" ", Stream.of(SearchKind.values()).map(SearchKind::key).toList());
        return new SearchView.InBrowser(script, PAGE_POLICY, routes.href(INDEX), SearchPage.address(context), kinds,
                SiteQuery.MAX_LENGTH, SiteQuery.MAX_CLAUSES, BrowserIndex.MAX_TERMS_PER_CLAUSE, SearchIndex.PAGE_SIZE,
                SiteQuery.MAX_PAGE, texts, labels.get("search.noscript"),
                NavLink.to(labels.get("search.noscriptLink"), routes.href(Routes.PUBLICATIONS)));
    }

    /** The script's address with its content hash (as the stylesheet's), so browsers may keep it for good. */
    private String scriptUrl() {
        return context.routes().href(SCRIPT + "?v=" + script().etag().substring(1, 11));
    }

    private static Page index(IndexInputs in) {
        Routes routes = in.context().routes();
        Labels labels = in.context().labels();
        return Page.of(200, "application/json", BrowserIndex.json(in.docs(), doc -> new BrowserIndex.Shown(
                routes.href(doc.url()), doc.when().map(w -> SearchPage.shownDate(labels, w)).orElse(""))));
    }

    private static Page script() {
        try (InputStream in = BrowserSearchSection.class.getResourceAsStream("/search/search.js")) {
            if (in == null) {
                throw new IllegalStateException("the jar has no /search/search.js");
            }
            return Page.of(200, SCRIPT_TYPE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
