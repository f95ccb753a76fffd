package io.github.conglongli.site.content;

import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Optional;

/**
 * A blog post, from {@code content/posts/YYYY-MM-DD-<slug>.md}: its date is the file name's
 * unless the front matter gives one. A draft is shown only in dev mode.
 */
public record Post(
        String slug,
        String title,
        String date,
        Optional<String> description,
        List<String> tags,
        boolean draft,
        RenderedMarkdown body,
        Source source) {

    public Post {
        tags = List.copyOf(tags);
    }
}
