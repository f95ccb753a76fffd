package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * A list of publications: the whole list, one year's, or a search's. {@code summary} counts
 * them by type; {@code filters} is the search form and filter links (absent where there is no
 * server to answer them); {@code years} are the groups shown; {@code yearIndex} links every
 * year's own page when the list is too long for one page, and {@code omitted} then says what is
 * not shown here. {@code typeIndex} links the first paper of each type on a page that has no
 * filters (an export: a static host cannot run them).
 */
public record PublicationsView(
        String heading,
        String summary,
        Optional<FiltersView> filters,
        Layout layout,
        List<YearGroup> years,
        List<NavLink> yearIndex,
        List<NavLink> typeIndex,
        Optional<String> omitted) {

    /** Each paper in full, or its title alone ({@code ?view=compact}). */
    public enum Layout { EXPANDED, COMPACT }

    public boolean compact() {
        return layout == Layout.COMPACT;
    }
}
