package io.github.conglongli.site.content.markdown;

/** Something wrong in a Markdown body that stops it from being published, at its place in the file. */
public record MarkdownError(int line, int column, String message) {}
