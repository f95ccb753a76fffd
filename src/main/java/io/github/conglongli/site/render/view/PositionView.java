package io.github.conglongli.site.render.view;

import java.util.Optional;

/** A job or role as shown. */
public record PositionView(
        String title,
        String organization,
        Optional<String> url,
        Optional<String> location,
        PeriodView period,
        Optional<Markup> description) {}
