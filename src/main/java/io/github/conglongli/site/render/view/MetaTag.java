package io.github.conglongli.site.render.view;

/** A {@code <meta>} tag: {@code key} goes in {@code name} or {@code property}, as the layout decides. */
public record MetaTag(String key, String content) {}
