package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;

/** A line of the skills section, e.g. category "Speaking", text "English, Chinese (native)". */
public record Skill(String category, String text) {

    static Skill read(FieldReader f) {
        return new Skill(f.text("category"), f.text("text"));
    }
}
