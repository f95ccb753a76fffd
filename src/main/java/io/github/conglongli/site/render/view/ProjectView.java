package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/** A project as shown, at {@code #anchor} of its page: name, summary, picture, links and the papers it produced. */
public record ProjectView(String anchor, String name, Markup summary, Optional<LinkView> image, List<LinkView> links,
        List<LinkView> papers) {}
