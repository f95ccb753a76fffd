package io.github.conglongli.site.render.view;

import java.util.Optional;

/** A post's own page: the post, and the older and newer ones next to it. */
public record PostView(PostSummaryView post, Markup body, Optional<NavLink> older, Optional<NavLink> newer,
        String blogUrl) {}
