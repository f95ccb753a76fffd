package io.github.conglongli.site.render.view;

import java.util.List;

/** The projects page: the active ones first, then the past ones. */
public record ProjectsView(List<ProjectView> active, List<ProjectView> past) {}
