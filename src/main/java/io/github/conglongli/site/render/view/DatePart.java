package io.github.conglongli.site.render.view;

/** A date as printed ({@code text}) and as machine-readable {@code <time datetime>}. */
public record DatePart(String datetime, String text) {}
