package io.github.conglongli.site.content.markdown;

import java.util.List;

/**
 * One heading ({@code h2} to {@code h4}) in a page's table of contents, with the headings below
 * it nested as {@code children}.
 *
 * @param id the heading's id, so {@code #id} goes to it
 * @param text the heading's text without formatting
 */
public record ContentsEntry(String id, String text, List<ContentsEntry> children) {

    public ContentsEntry {
        children = List.copyOf(children);
    }
}
