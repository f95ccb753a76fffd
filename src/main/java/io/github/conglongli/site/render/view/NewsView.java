package io.github.conglongli.site.render.view;

import java.util.Optional;

/** A news item as shown: its date, its text, and an optional "more" link. */
public record NewsView(DatePart date, Markup text, Optional<String> url) {}
