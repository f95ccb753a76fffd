package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/** The owner as shown on the home page. */
public record ProfileView(
        String name,
        Optional<String> headline,
        Optional<String> location,
        Optional<LinkView> photo,
        List<LinkView> emails,
        List<LinkView> links,
        Optional<Markup> bio,
        Optional<Markup> researchInterests) {}
