package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;

/** Professional service, e.g. category "Conferences", role "Reviewer", and the venues. */
public record Service(String category, String role, List<String> venues) {

    static Service read(FieldReader f) {
        return new Service(f.text("category"), f.text("role"), f.requiredTexts("venues"));
    }
}
