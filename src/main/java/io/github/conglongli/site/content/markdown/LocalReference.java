package io.github.conglongli.site.content.markdown;

/**
 * A link or image pointing into the site itself, such as {@code /papers/x.pdf}, at its 1-based
 * line and column in the file, so that {@code check} can tell whether it exists.
 *
 * @param path the path as the server sees it: query and fragment dropped, percent-escapes decoded
 */
public record LocalReference(String path, int line, int column) {}
