package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.FiltersView;
import io.github.conglongli.site.render.view.NavLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The filter bar of the publications list: every year, type and venue series, as links that toggle. */
final class PublicationFilters {

    private final Routes routes;
    private final Labels labels;
    private final List<Publication> all;

    PublicationFilters(PageContext context, List<Publication> all) {
        this.routes = context.routes();
        this.labels = context.labels();
        this.all = all;
    }

    /** The bar for {@code query}, which {@code matching} papers match. */
    FiltersView of(PublicationQuery query, int matching) {
        List<NavLink> years = all.stream().map(Publication::year).distinct()
                .sorted(Comparator.reverseOrder())
                .map(y -> toggle(String.valueOf(y), String.valueOf(y), query.year(), query::withYear))
                .toList();
        List<NavLink> types = all.stream().map(Publication::type).distinct().sorted()
                .map(t -> toggle(PublicationViews.typeLabel(t, labels), t.key(), query.type(), query::withType))
                .toList();
        LinkedHashSet<String> series = new LinkedHashSet<>();
        all.stream().filter(p -> !p.venue().isBlank()).forEach(p -> series.add(PublicationViews.venueSeries(p.venue())));
        List<NavLink> venues = series.stream().sorted(String.CASE_INSENSITIVE_ORDER)
                .map(v -> toggle(v, v, query.venue(), query::withVenue))
                .toList();
        return FiltersView.builder()
                .action(routes.href(Routes.PUBLICATIONS))
                .query(query.q().orElse(""))
                .currentYear(query.year().orElse(""))
                .currentType(query.type().orElse(""))
                .awardOnly(query.award())
                .compact(query.compact())
                .years(years)
                .types(types)
                .venues(venues)
                .venueChosen(query.venue().isPresent())
                .awards(new NavLink(labels.get("filters.withAward"), href(query.withAward(!query.award())), query.award()))
                .expanded(new NavLink(labels.get("filters.expanded"), href(query.withCompact(false)), !query.compact()))
                .compactLink(new NavLink(labels.get("filters.compact"), href(query.withCompact(true)), query.compact()))
                .result(query.filtersNothing() ? Optional.empty()
                        : Optional.of(describe(query, matching, all.size(), labels)))
                .clearUrl(href(PublicationQuery.NONE.withCompact(query.compact())))
                .build();
    }

    private String href(PublicationQuery query) {
        return routes.href(query.url());
    }

    /** A filter link that turns its value on, or off again when it is the current one. */
    private NavLink toggle(String text, String value, Optional<String> current,
            Function<Optional<String>, PublicationQuery> with) {
        boolean on = current.map(c -> c.equalsIgnoreCase(value)).orElse(false);
        return new NavLink(text, href(with.apply(on ? Optional.empty() : Optional.of(value))), on);
    }

    /** "3 of 20 publications match “adam”, year 2021." or "No publications match ...". */
    static String describe(PublicationQuery query, int matching, int total, Labels labels) {
        List<String> what = new ArrayList<>();
        query.q().ifPresent(q -> what.add(labels.format("filters.quoted", q)));
        query.year().ifPresent(y -> what.add(labels.format("filters.byYear", y)));
        query.type().ifPresent(t -> what.add(labels.format("filters.byType", typeName(t, labels))));
        query.venue().ifPresent(v -> what.add(labels.format("filters.byVenue", v)));
        if (query.award()) {
            what.add(labels.get("filters.byAward"));
        }
        String filters = String.join(labels.get("publications.listSeparator"), what);
        if (matching == 0) {
            return labels.format("filters.none", filters);
        }
        return labels.format("filters.some", matching, total, filters);
    }

    /** A type as the site's language names it ("Journal", "期刊"); the address has its key ("journal"). */
    private static String typeName(String key, Labels labels) {
        return Arrays.stream(PublicationType.values()).filter(type -> type.key().equals(key)).findFirst()
                .map(type -> PublicationViews.typeLabel(type, labels)).orElse(key);
    }
}
