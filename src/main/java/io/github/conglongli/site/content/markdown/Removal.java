package io.github.conglongli.site.content.markdown;

/**
 * Something the owner wrote that the page will not show because it is not allowed (a script, an
 * event handler, a {@code javascript:} link...), at its 1-based line and column in the file.
 * A warning, not an error: the page is published without it.
 */
public record Removal(int line, int column, String message) {}
