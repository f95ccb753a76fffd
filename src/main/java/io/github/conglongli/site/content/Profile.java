package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The contents of {@code profile.yaml}: who the site is about. */
public record Profile(
        String name,
        Optional<String> role,
        Optional<String> affiliation,
        Optional<String> team,
        Optional<String> location,
        Optional<String> photo,
        Optional<String> photoAlt,
        List<String> emails,
        List<Link> links,
        Optional<String> bio,
        Optional<String> researchInterests) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    static Profile read(FieldReader f) {
        String name = f.text("name");
        Optional<String> role = f.optionalText("role");
        Optional<String> affiliation = f.optionalText("affiliation");
        Optional<String> team = f.optionalText("team");
        Optional<String> location = f.optionalText("location");
        Optional<String> photo = f.optionalUrl("photo");
        Optional<String> photoAlt = f.optionalText("photo_alt");
        List<String> emails = f.texts("emails");
        for (String email : emails) {
            if (!EMAIL.matcher(email).matches()) {
                f.error("emails", "'" + email + "' does not look like an email address");
            }
        }
        return new Profile(name, role, affiliation, team, location, photo, photoAlt, emails,
                f.list("links", Link::read), f.optionalText("bio"), f.optionalText("research_interests"));
    }
}
