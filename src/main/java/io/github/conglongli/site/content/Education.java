package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;
import java.util.Optional;

/** A degree, with the advisor, thesis, honours and other notes (GPA, rank) as written. */
public record Education(
        String degree,
        String institution,
        Optional<String> location,
        Period period,
        Optional<String> advisor,
        Optional<String> thesis,
        List<String> honors,
        List<String> notes) {

    static Education read(FieldReader f) {
        return new Education(
                f.text("degree"),
                f.text("institution"),
                f.optionalText("location"),
                Period.read(f),
                f.optionalText("advisor"),
                f.optionalText("thesis"),
                f.texts("honors"),
                f.texts("notes"));
    }
}
