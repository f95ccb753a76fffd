package io.github.conglongli.site.render.view;

import java.util.List;

/** The publications page: a count line, the filters, and the (filtered) groups by year. */
public record PublicationsView(String summary, FiltersView filters, List<YearGroup> years) {}
