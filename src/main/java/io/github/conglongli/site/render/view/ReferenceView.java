package io.github.conglongli.site.render.view;

/**
 * One entry of a page's or post's "References": the paper cited as {@code [number]}, its full
 * citation in the site's style and its page.
 */
public record ReferenceView(int number, String citation, String url) {}
