package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;

/** The contents of {@code experience.yaml}; every list keeps the order the owner wrote. */
public record Experience(
        List<Position> positions,
        List<Education> education,
        List<Skill> skills,
        List<Service> service) {

    public static final Experience EMPTY = new Experience(List.of(), List.of(), List.of(), List.of());

    static Experience read(FieldReader f) {
        return new Experience(
                f.list("positions", Position::read),
                f.list("education", Education::read),
                f.list("skills", Skill::read),
                f.list("service", Service::read));
    }
}
