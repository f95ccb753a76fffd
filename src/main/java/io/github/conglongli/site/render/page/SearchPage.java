package io.github.conglongli.site.render.page;

import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.SearchForm;
import io.github.conglongli.site.render.view.SearchView;
import io.github.conglongli.site.search.SearchAnswer;
import io.github.conglongli.site.search.SiteQuery;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page of {@code /search}: a query's results (200), the reason a query cannot be searched
 * (400), or word that the index is still being built (503). Never in the sitemap, never indexed
 * by search engines: every one carries {@code noindex} (and the server adds X-Robots-Tag).
 */
final class SearchPage {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /** The outcome the page shows; {@code answer} is empty when the query was not searched. */
    enum Status {
        ANSWERED(200), NOT_ASKED(200), BAD_QUERY(400), INDEX_NOT_READY(503);

        final int code;

        Status(int code) {
            this.code = code;
        }
    }

    private final PageContext context;
    private final PageRenderer renderer;

    SearchPage(PageContext context, PageRenderer renderer) {
        this.context = context;
        this.renderer = renderer;
    }

    /** The search box, showing {@code query}; {@code id} tells it from the other box on the same page. */
    static SearchForm form(PageContext context, String id, String query) {
        Labels labels = context.labels();
        return new SearchForm(id, address(context), labels.get("search.label"),
                labels.get("search.button"), labels.get("search.placeholder"), query, SiteQuery.MAX_LENGTH);
    }

    Page render(SiteQuery query, Status status, Optional<SearchAnswer> answer) {
        return render(query, status, answer, Optional.empty());
    }

    /**
     * Where the search box sends its query: {@code /search}, or on a static host the folder's own
     * address, {@code /search/}, which every host answers with the page without a redirect that
     * might drop the query.
     */
    static String address(PageContext context) {
        String search = context.routes().href(Routes.SEARCH);
        return context.host().answersQueries() ? search : search + "/";
    }

    /** The search page of an export with search: no results in it, search.js finds them in the browser. */
    Page inBrowser(SearchView.InBrowser search) {
        return render(SiteQuery.parse("", 1), Status.NOT_ASKED, Optional.empty(), Optional.of(search));
    }

    /** A result's date as the pages write it: "4 Jul 2021" for an ISO date, anything else as it is. */
    static String shownDate(Labels labels, String when) {
        return ISO_DATE.matcher(when).matches() ? labels.date(when) : when;
    }

    private Page render(SiteQuery query, Status status, Optional<SearchAnswer> answer,
            Optional<SearchView.InBrowser> inBrowser) {
        Labels labels = context.labels();
        Routes routes = context.routes();
        Optional<String> message = switch (status) {
            case NOT_ASKED -> Optional.of(labels.get("search.empty"));
            case INDEX_NOT_READY -> Optional.of(labels.get("search.notReady"));
            case BAD_QUERY -> query.problem().map(p -> labels.format(p.labelKey(), p.arguments().toArray()));
            case ANSWERED -> answer.filter(a -> a.total() == 0).map(a -> labels.format("search.none", query.text()));
        };
        Optional<String> count = answer.filter(a -> a.total() > 0).map(a -> a.pages() > 1
                ? labels.format("search.countPaged", a.total(), query.text(), Math.min(query.page(), a.pages()),
                        a.pages())
                : labels.format("search.count", a.total(), query.text()));
        List<SearchView.Result> results = answer.map(a -> a.hits().stream().map(hit -> new SearchView.Result(
                labels.get(hit.document().kind().labelKey()), routes.href(hit.document().url()), hit.title(),
                hit.snippet(), hit.document().when().map(w -> shownDate(labels, w)))).toList()).orElse(List.of());
        List<NavLink> suggestions = answer.map(a -> a.suggestions().stream()
                .map(word -> NavLink.to(word, routes.href(SiteQuery.parse(word, 1).url()))).toList())
                .orElse(List.of());
        Optional<NavLink> previous = answer.filter(a -> query.page() > 1 && a.pages() > 0)
                .map(a -> NavLink.to(labels.get("search.previous"),
                        routes.href(query.pageUrl(Math.min(query.page() - 1, a.pages())))));
        Optional<NavLink> next = answer.filter(a -> query.page() < a.pages())
                .map(a -> NavLink.to(labels.get("search.next"), routes.href(query.pageUrl(query.page() + 1))));
        String heading = labels.get("search.title");
        SearchView view = new SearchView(heading, form(context, "search-q", query.text()), message, count, results,
                suggestions, previous, next, labels.get("search.help"), inBrowser);
        String title = query.isEmpty() ? heading : labels.format("search.titleFor", query.text());
        Head head = Head.of(context, Routes.SEARCH, title, labels.format("search.description", context.owner()),
                "website").withoutCanonical().noindex();
        inBrowser.ifPresent(search -> head.contentSecurityPolicy(search.contentSecurityPolicy()));
        var meta = head.build();
        return renderer.page(status.code, PageTemplate.SEARCH, meta, view);
    }
}
