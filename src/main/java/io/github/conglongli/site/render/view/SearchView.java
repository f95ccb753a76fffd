package io.github.conglongli.site.render.view;

import io.github.conglongli.site.search.SearchAnswer.Fragment;
import java.util.List;
import java.util.Optional;

/**
 * The search page: the query in its form, then either a message (nothing typed yet, a query
 * that cannot be searched, an index still being built) or the count, the results and the links
 * to the other pages of results; "did you mean" links when nothing matched.
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
        String help) {

    public SearchView {
        results = List.copyOf(results);
        suggestions = List.copyOf(suggestions);
    }

    /** One result: its kind in words, where it is, and its title and passage with the matched terms to mark. */
    public record Result(String kind, String url, List<Fragment> title, List<Fragment> snippet, Optional<String> when) {
        public Result {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }
}
