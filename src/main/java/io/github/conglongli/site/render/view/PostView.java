package io.github.conglongli.site.render.view;

import io.github.conglongli.site.content.markdown.ContentsEntry;
import java.util.List;
import java.util.Optional;

/**
 * A post's own page: the post, and the older and newer ones next to it; its table of contents
 * (empty unless the post asks for one) and the papers it cites.
 */
public record PostView(PostSummaryView post, Markup body, Optional<NavLink> older, Optional<NavLink> newer,
        String blogUrl, List<ContentsEntry> contents, List<ReferenceView> references) {

    public PostView {
        contents = List.copyOf(contents);
        references = List.copyOf(references);
    }
}
