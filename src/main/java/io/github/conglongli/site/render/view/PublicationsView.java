package io.github.conglongli.site.render.view;

import java.util.List;

/** The publications page: a count line and the groups by year, newest first. */
public record PublicationsView(String summary, List<YearGroup> years) {}
