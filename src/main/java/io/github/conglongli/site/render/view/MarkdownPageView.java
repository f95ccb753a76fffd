package io.github.conglongli.site.render.view;

import io.github.conglongli.site.content.markdown.ContentsEntry;
import java.util.List;
import java.util.Optional;

/**
 * A page of the owner's own: its title, its body, and when it was last updated; its table of
 * contents (empty unless the page asks for one) and the papers it cites.
 */
public record MarkdownPageView(String title, Markup body, Optional<DatePart> updated, List<ContentsEntry> contents,
        List<ReferenceView> references) {

    public MarkdownPageView {
        contents = List.copyOf(contents);
        references = List.copyOf(references);
    }
}
