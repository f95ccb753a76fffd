package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * The filter bar of the publications page: a search form and plain links, so filtering works
 * without JavaScript. {@code current*} fields refill the form; {@code result} describes an
 * active filter ("3 of 20 publications match ...").
 */
public record FiltersView(
        String query,
        String currentYear,
        String currentType,
        boolean awardOnly,
        boolean compact,
        List<NavLink> years,
        List<NavLink> types,
        List<NavLink> venues,
        boolean venueChosen,
        NavLink awards,
        NavLink expanded,
        NavLink compactLink,
        Optional<String> result,
        String clearUrl) {}
