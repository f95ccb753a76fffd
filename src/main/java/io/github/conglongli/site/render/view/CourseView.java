package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/** A course as shown: "15-440 Distributed Systems", where, in which role, when. */
public record CourseView(Optional<String> code, String title, String institution, String role, String terms,
        List<LinkView> links, Optional<Markup> description) {}
