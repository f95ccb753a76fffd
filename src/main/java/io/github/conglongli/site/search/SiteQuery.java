package io.github.conglongli.site.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a visitor typed into the search box, read as clauses: words, {@code "phrases"},
 * {@code -excluded} words or phrases, and field prefixes {@code author:}, {@code title:},
 * {@code tag:}, {@code year:} and {@code kind:}. There is no other syntax: no wildcards, regular
 * expressions or fuzzy terms, so no query can make the index expand terms. The text is cut at
 * {@value #MAX_LENGTH} characters and at {@value #MAX_CLAUSES} clauses; what cannot be searched
 * is a {@link Problem} to show, never an exception.
 *
 * @param text the query as typed, whitespace collapsed and cut to length: its canonical form
 * @param page 1 for the first page of results
 */
public record SiteQuery(String text, int page, List<Clause> clauses, Optional<Problem> problem) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_CLAUSES = 12;
    public static final int MAX_PAGE = 50;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** A field a clause may be limited to; {@code ANY} searches every text field. */
    public enum Field { ANY, TITLE, AUTHOR, TAG, YEAR, KIND }

    /** One word or phrase, perhaps limited to a field, perhaps excluded. */
    public record Clause(Field field, String text, boolean phrase, boolean excluded) {}

    /**
     * Why a query cannot be answered, as a label key and its arguments (the page says it in the
     * site's language).
     */
    public record Problem(String labelKey, List<String> arguments) {}

    public SiteQuery {
        clauses = List.copyOf(clauses);
    }

    /** Reads {@code q} and {@code page} from a request's parameters. */
    public static SiteQuery parse(Map<String, List<String>> params) {
        String q = first(params, "q").orElse("");
        int page = first(params, "page").filter(p -> p.matches("\\d{1,3}")).map(Integer::parseInt).orElse(1);
        return parse(q, page);
    }

    public static SiteQuery parse(String typed, int page) {
        String text = WHITESPACE.matcher(typed).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            boolean splitsPair = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1));
            text = text.substring(0, splitsPair ? MAX_LENGTH - 1 : MAX_LENGTH).strip();
        }
        int shownPage = Math.max(1, Math.min(MAX_PAGE, page));
        List<Clause> clauses = new ArrayList<>();
        Optional<Problem> problem = Optional.empty();
        int i = 0;
        while (i < text.length() && problem.isEmpty()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            boolean excluded = text.charAt(i) == '-' && i + 1 < text.length() && text.charAt(i + 1) != ' ';
            if (excluded) {
                i++;
            }
            Field field = Field.ANY;
            int colon = prefixEnd(text, i);
            if (colon > 0) {
                field = Field.valueOf(text.substring(i, colon).toUpperCase(Locale.ROOT));
                i = colon + 1;
            }
            boolean phrase = i < text.length() && text.charAt(i) == '"';
            int end;
            String value;
            if (phrase) {
                int close = text.indexOf('"', i + 1);
                end = close < 0 ? text.length() : close + 1;
                value = text.substring(i + 1, close < 0 ? text.length() : close).strip();
            } else {
                int space = text.indexOf(' ', i);
                end = space < 0 ? text.length() : space;
                value = text.substring(i, end);
            }
            i = end;
            if (value.isEmpty()) {
                continue;
            }
            if (clauses.size() == MAX_CLAUSES) {
                problem = Optional.of(new Problem("search.tooManyTerms", List.of(String.valueOf(MAX_CLAUSES))));
            } else if (field == Field.YEAR && !YEAR.matcher(value).matches()) {
                problem = Optional.of(new Problem("search.badYear", List.of(value)));
            } else if (field == Field.KIND && SearchKind.of(value).isEmpty()) {
                problem = Optional.of(new Problem("search.badKind", List.of(value)));
            } else {
                clauses.add(new Clause(field, field == Field.KIND ? value.toLowerCase(Locale.ROOT) : value, phrase,
                        excluded));
            }
        }
        if (problem.isEmpty() && !clauses.isEmpty() && clauses.stream().allMatch(Clause::excluded)) {
            problem = Optional.of(new Problem("search.onlyExcluded", List.of()));
        }
        return new SiteQuery(text, shownPage, clauses, problem);
    }

    /** The index of the colon ending a known prefix at {@code from} ("author:"), or -1. */
    private static int prefixEnd(String text, int from) {
        for (Field field : Field.values()) {
            String prefix = field.name().toLowerCase(Locale.ROOT) + ":";
            if (field != Field.ANY && text.regionMatches(true, from, prefix, 0, prefix.length())
                    && from + prefix.length() < text.length() && text.charAt(from + prefix.length()) != ' ') {
                return from + prefix.length() - 1;
            }
        }
        return -1;
    }

    /** True when there is nothing to search for: the bare search page. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The canonical address of this query's page, also its cache key: {@code /search?q=data%20efficiency&page=2}. */
    public String url() {
        return urlOf(text, page);
    }

    /** The address of page {@code n} of the same query. */
    public String pageUrl(int n) {
        return urlOf(text, n);
    }

    static String urlOf(String text, int page) {
        if (text.isEmpty()) {
            return "/search";
        }
        return "/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20")
                + (page > 1 ? "&page=" + page : "");
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
