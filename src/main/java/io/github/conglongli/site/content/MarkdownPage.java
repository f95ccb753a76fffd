package io.github.conglongli.site.content;

import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import java.util.Optional;

/**
 * A page of the owner's own, from {@code content/pages/<path>.md}, served at {@code /<path>}.
 * {@code nav}, when given, is its position in the main navigation; {@code updated} a date.
 */
public record MarkdownPage(
        String path,
        String title,
        Optional<String> description,
        Optional<Integer> nav,
        Optional<String> updated,
        RenderedMarkdown body,
        Source source) {}
