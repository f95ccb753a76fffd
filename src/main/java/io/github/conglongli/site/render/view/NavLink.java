package io.github.conglongli.site.render.view;

/** A navigation entry; {@code current} marks the page being shown (aria-current). */
public record NavLink(String title, String url, boolean current) {}
