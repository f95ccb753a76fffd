package io.github.conglongli.site.render.view;

import java.util.List;

/** The news page: every item, newest first. */
public record NewsPageView(List<NewsView> items) {}
