package io.github.conglongli.site.render.view;

/** A link as shown: its visible text and its target. */
public record LinkView(String text, String url) {}
