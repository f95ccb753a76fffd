package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/**
 * The filter bar of the publications page: a search form and plain links, so filtering works
 * without JavaScript. {@code current*} fields refill the form; {@code result} describes an
 * active filter ("3 of 20 publications match ..."). Built by name with {@link #builder()}.
 */
public record FiltersView(
        String action,
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
        String clearUrl) {

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String action = "";
        private String query = "";
        private String currentYear = "";
        private String currentType = "";
        private boolean awardOnly;
        private boolean compact;
        private List<NavLink> years = List.of();
        private List<NavLink> types = List.of();
        private List<NavLink> venues = List.of();
        private boolean venueChosen;
        private NavLink awards;
        private NavLink expanded;
        private NavLink compactLink;
        private Optional<String> result = Optional.empty();
        private String clearUrl = "";

        private Builder() {}

        public Builder action(String v) { action = v; return this; }
        public Builder query(String v) { query = v; return this; }
        public Builder currentYear(String v) { currentYear = v; return this; }
        public Builder currentType(String v) { currentType = v; return this; }
        public Builder awardOnly(boolean v) { awardOnly = v; return this; }
        public Builder compact(boolean v) { compact = v; return this; }
        public Builder years(List<NavLink> v) { years = v; return this; }
        public Builder types(List<NavLink> v) { types = v; return this; }
        public Builder venues(List<NavLink> v) { venues = v; return this; }
        public Builder venueChosen(boolean v) { venueChosen = v; return this; }
        public Builder awards(NavLink v) { awards = v; return this; }
        public Builder expanded(NavLink v) { expanded = v; return this; }
        public Builder compactLink(NavLink v) { compactLink = v; return this; }
        public Builder result(Optional<String> v) { result = v; return this; }
        public Builder clearUrl(String v) { clearUrl = v; return this; }

        public FiltersView build() {
            return new FiltersView(action, query, currentYear, currentType, awardOnly, compact, years, types, venues,
                    venueChosen, awards, expanded, compactLink, result, clearUrl);
        }
    }
}
