package io.github.conglongli.site.render.view;

import java.util.List;
import java.util.Optional;

/** A degree as shown. */
public record EducationView(
        String degree,
        String institution,
        Optional<String> location,
        PeriodView period,
        Optional<String> advisor,
        Optional<String> thesis,
        List<String> honors,
        List<String> notes) {}
