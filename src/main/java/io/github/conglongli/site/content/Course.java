package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A course from {@code teaching.yaml}: what it was, where, in which role and terms. */
public record Course(
        Optional<String> code,
        String title,
        String institution,
        Role role,
        List<String> terms,
        List<Link> links,
        Optional<String> description) {

    /** What the owner did in the course, as written in {@code role:}. */
    public enum Role {
        INSTRUCTOR("instructor"),
        TEACHING_ASSISTANT("teaching assistant"),
        GUEST_LECTURER("guest lecturer");

        private final String written;

        Role(String written) {
            this.written = written;
        }

        /** The interface text's name: "instructor", "teachingAssistant", "guestLecturer". */
        public String key() {
            String[] words = written.split(" ");
            return words.length == 1 ? words[0] : words[0] + Character.toUpperCase(words[1].charAt(0))
                    + words[1].substring(1);
        }

        static List<String> keys() {
            return List.of(values()).stream().map(r -> r.written).toList();
        }

        static Role of(String key) {
            return List.of(values()).stream().filter(r -> r.written.equals(key.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow();
        }
    }

    public Course {
        terms = List.copyOf(terms);
        links = List.copyOf(links);
    }

    static Course read(FieldReader f) {
        Optional<String> code = f.optionalText("code");
        String title = f.text("title");
        String institution = f.text("institution");
        Optional<String> role = f.optionalChoice("role", Role.keys());
        if (role.isEmpty() && !f.has("role")) {
            f.error("missing required field 'role' (expected one of " + String.join(", ", Role.keys()) + ")");
        }
        return new Course(code, title, institution, role.map(Role::of).orElse(Role.INSTRUCTOR),
                f.requiredTexts("terms"), f.list("links", Link::read), f.optionalText("description"));
    }
}
