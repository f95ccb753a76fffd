package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.Optional;

/** A job or role. {@code description} is inline Markdown. */
public record Position(
        String title,
        String organization,
        Optional<String> location,
        Period period,
        Optional<String> description,
        Optional<String> url) {

    static Position read(FieldReader f) {
        return new Position(
                f.text("title"),
                f.text("organization"),
                f.optionalText("location"),
                Period.read(f),
                f.optionalText("description"),
                f.optionalUrl("url"));
    }
}
