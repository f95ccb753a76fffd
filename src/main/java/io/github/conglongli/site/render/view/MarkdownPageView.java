package io.github.conglongli.site.render.view;

import java.util.Optional;

/** A page of the owner's own: its title, its body, and when it was last updated. */
public record MarkdownPageView(String title, Markup body, Optional<DatePart> updated) {}
