package io.github.conglongli.site.search;

import java.util.List;

/**
 * One page of results of a {@link SiteQuery}: how many documents match in all, this page's
 * hits best first, and when nothing matched, the indexed words closest to those typed.
 */
public record SearchAnswer(SiteQuery query, int total, int pages, List<Hit> hits, List<String> suggestions) {

    public SearchAnswer {
        hits = List.copyOf(hits);
        suggestions = List.copyOf(suggestions);
    }

    /** A found document, its title and a short passage split where the query's terms are to be marked. */
    public record Hit(SearchDocument document, List<Fragment> title, List<Fragment> snippet) {
        public Hit {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }

    /** A run of text, {@code marked} when it is a term the query matched. */
    public record Fragment(String text, boolean marked) {}
}
