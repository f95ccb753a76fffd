package io.github.conglongli.site.render.view;

/**
 * One author in a list: {@code owner} is highlighted; {@code marks} are the symbols after the
 * name ("*", "†"), empty when none; {@code after} is the separator that follows.
 */
public record AuthorName(String name, boolean owner, String marks, String after) {}
