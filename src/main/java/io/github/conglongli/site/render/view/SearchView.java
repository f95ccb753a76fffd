package io.github.conglongli.site.render.view;

import io.github.conglongli.site.search.SearchAnswer.Fragment;
import java.util.List;
import java.util.Optional;

/**
 * The search page: the query in its form, then either a message (nothing typed yet, a query
 * that cannot be searched, an index still being built) or the count, the results and the links
 * to the other pages of results; "did you mean" links when nothing matched. On a static host
 * (export --search) the results are found by a script in the browser: {@code inBrowser} says
 * where it and its index are, and the interface text it needs.
 */
public record SearchView(
        String heading,
        SearchForm form,
        Optional<String> message,
        Optional<String> count,
        List<Result> results,
        List<NavLink> suggestions,
        Optional<NavLink> previous,
        Optional<NavLink> next,
        String help,
        Optional<InBrowser> inBrowser) {

    public SearchView {
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * The search of an exported site: the script, its index, what {@code kind:} takes and the
     * limits of a query (those of the server), and the interface text the script shows, by key (a text's {@code {q}}, {@code {n}},
     * {@code {page}} and {@code {pages}} are filled in by the script); {@code noscript} says what
     * to do without JavaScript, with a link to {@code fallback}. The page carries
     * {@code contentSecurityPolicy} itself: it runs a script, and GitHub Pages sends no header.
     */
    public record InBrowser(String script, String contentSecurityPolicy, String index, String searchUrl, String kinds,
            int maxLength,
            int maxClauses, int maxTermsPerClause, int pageSize, int maxPage, List<Text> texts, String noscript,
            NavLink fallback) {
        public InBrowser {
            texts = List.copyOf(texts);
        }
    }

    /** One piece of interface text for the script. */
    public record Text(String key, String value) {}

    /** One result: its kind in words, where it is, and its title and passage with the matched terms to mark. */
    public record Result(String kind, String url, List<Fragment> title, List<Fragment> snippet, Optional<String> when) {
        public Result {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }
}
