package io.github.conglongli.site.render;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.source.Accents;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The filters of {@code /publications}, read from query parameters: {@code year}, {@code type},
 * {@code venue}, {@code q} (words that must all appear in the title, authors or venue),
 * {@code award=1} and {@code view=compact}. Unknown parameters are ignored and values are
 * bounded in length, so any query maps to one short canonical form, which is also the key the
 * rendered result is cached under.
 */
public record PublicationQuery(
        Optional<String> year,
        Optional<String> type,
        Optional<String> venue,
        Optional<String> q,
        boolean award,
        boolean compact) {

    /** No filter: the query of a plain {@code /publications}. */
    public static final PublicationQuery NONE = parse(Map.of());

    static final int MAX_VALUE_LENGTH = 100;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static PublicationQuery parse(Map<String, List<String>> params) {
        return new PublicationQuery(
                value(params, "year", v -> v.toLowerCase(Locale.ROOT)),
                value(params, "type", v -> v.toLowerCase(Locale.ROOT)),
                value(params, "venue", v -> v),
                value(params, "q", v -> WHITESPACE.matcher(v).replaceAll(" ")),
                value(params, "award", v -> v).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false),
                value(params, "view", v -> v).map(v -> v.equalsIgnoreCase("compact")).orElse(false));
    }

    /**
     * The first value, stripped and normalised, then cut to the bound and stripped again, so that
     * reading {@link #url()} back gives the same value: lower-casing can lengthen a value, a cut
     * can leave a trailing space, and a cut between the halves of a surrogate pair would not
     * survive URL encoding.
     */
    private static Optional<String> value(Map<String, List<String>> params, String name,
            UnaryOperator<String> normalize) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String v = normalize.apply(values.get(0).strip());
        if (v.length() > MAX_VALUE_LENGTH) {
            boolean splitsPair = Character.isHighSurrogate(v.charAt(MAX_VALUE_LENGTH - 1));
            v = v.substring(0, splitsPair ? MAX_VALUE_LENGTH - 1 : MAX_VALUE_LENGTH);
        }
        v = v.strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** True when nothing filters the list (the compact view alone still counts as a variant). */
    public boolean filtersNothing() {
        return year.isEmpty() && type.isEmpty() && venue.isEmpty() && q.isEmpty() && !award;
    }

    public boolean isDefault() {
        return filtersNothing() && !compact;
    }

    public boolean matches(Publication p) {
        return matcher().test(p);
    }

    /** A test for many papers: the query's words are folded once, not once per paper. */
    public Predicate<Publication> matcher() {
        List<String> words = q.map(v -> List.of(fold(v).split(" "))).orElse(List.of());
        Optional<String> series = venue.map(PublicationQuery::fold);
        return p -> {
            if (year.isPresent() && !year.get().equals(String.valueOf(p.year()))) {
                return false;
            }
            if (type.isPresent() && !type.get().equals(p.type().key())) {
                return false;
            }
            if (series.isPresent() && !fold(p.venue()).startsWith(series.get())) {
                return false;
            }
            if (award && p.awards().isEmpty()) {
                return false;
            }
            if (words.isEmpty()) {
                return true;
            }
            String haystack = fold(String.join(" ", p.title(), String.join(" ", p.authorNames()), p.venue(),
                    p.venueFull().orElse(""), String.join(" ", p.awards()), String.valueOf(p.year())));
            return words.stream().allMatch(haystack::contains);
        };
    }

    /** Lower case without accents, so "Ozgur" finds "Özgür". */
    static String fold(String s) {
        return Accents.strip(s).toLowerCase(Locale.ROOT);
    }

    /** The canonical address of this query, e.g. {@code /publications?type=journal&year=2013}. */
    public String url() {
        List<String> parts = new ArrayList<>();
        if (award) {
            parts.add("award=1");
        }
        q.ifPresent(v -> parts.add("q=" + encode(v)));
        type.ifPresent(v -> parts.add("type=" + encode(v)));
        venue.ifPresent(v -> parts.add("venue=" + encode(v)));
        if (compact) {
            parts.add("view=compact");
        }
        year.ifPresent(v -> parts.add("year=" + encode(v)));
        return parts.isEmpty() ? "/publications" : "/publications?" + String.join("&", parts);
    }

    public PublicationQuery withYear(Optional<String> v) {
        return new PublicationQuery(v, type, venue, q, award, compact);
    }

    public PublicationQuery withType(Optional<String> v) {
        return new PublicationQuery(year, v, venue, q, award, compact);
    }

    public PublicationQuery withVenue(Optional<String> v) {
        return new PublicationQuery(year, type, v, q, award, compact);
    }

    public PublicationQuery withQ(Optional<String> v) {
        return new PublicationQuery(year, type, venue, v, award, compact);
    }

    public PublicationQuery withAward(boolean v) {
        return new PublicationQuery(year, type, venue, q, v, compact);
    }

    public PublicationQuery withCompact(boolean v) {
        return new PublicationQuery(year, type, venue, q, award, v);
    }

    private static String encode(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
