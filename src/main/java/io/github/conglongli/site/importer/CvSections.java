package io.github.conglongli.site.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CV as al-folio's {@code _data/cv.yml} or a JSON Resume writes it: positions, education and
 * skills go to experience.yaml; every other section (awards, interests, languages) to a page
 * "More from my CV", so nothing is lost.
 */
final class CvSections {

    private final ImportContext c;
    private final String file;
    private final StringBuilder more = new StringBuilder();

    CvSections(ImportContext c, String file) {
        this.c = c;
        this.file = file;
    }

    void fromAlFolioCv(Object data) {
        for (Map<String, Object> section : Fields.mappings(data)) {
            String title = Fields.text(section, "title").map(Fields::plain).orElse("");
            String lower = title.toLowerCase(Locale.ROOT);
            List<Map<String, Object>> contents = Fields.mappings(section.get("contents"));
            String where = file + " (" + title + ")";
            if (lower.contains("educat")) {
                contents.forEach(e -> education(e.get("title"), e.get("institution"), e.get("year"), null,
                        Fields.texts(e, "description"), where));
            } else if (lower.matches(".*(experience|employment|position|work|appointment|career).*")) {
                contents.forEach(e -> position(e.get("title"), e.get("institution"), e.get("year"), null,
                        Fields.texts(e, "description"), where));
            } else if (lower.contains("skill") && "nested_list".equals(section.get("type"))) {
                contents.forEach(e -> skill(e.get("title"), Fields.texts(e, "items"), where));
            } else if (lower.contains("general information") || lower.contains("basic")) {
                c.report().dropped(where, "general information: the profile holds your name and contacts");
            } else {
                more(title, section.get("contents"));
                c.report().item("CV section", where, title + " (on the page /cv-more)");
            }
        }
        writeMore();
    }

    void fromJsonResume(Map<String, Object> resume) {
        Map<String, Object> basics = Fields.mapping(resume, "basics");
        Map<String, Object> p = c.out().profile;
        Fields.text(basics, "label").ifPresent(l -> p.putIfAbsent("role", Fields.plain(l)));
        Fields.text(basics, "summary").ifPresent(s -> p.putIfAbsent("bio", s));
        for (Map<String, Object> w : Fields.mappings(resume.get("work"))) {
            position(w.get("position"), w.containsKey("name") ? w.get("name") : w.get("company"), null,
                    new Object[] {w.get("startDate"), w.get("endDate")},
                    Fields.text(w, "summary").map(List::of).orElse(Fields.texts(w, "highlights")), file + " (work)");
        }
        for (Map<String, Object> e : Fields.mappings(resume.get("education"))) {
            String degree = String.join(" in ", java.util.stream.Stream.of(Fields.text(e, "studyType"),
                    Fields.text(e, "area")).flatMap(Optional::stream).toList());
            education(degree, e.get("institution"), null, new Object[] {e.get("startDate"), e.get("endDate")},
                    Fields.texts(e, "courses"), file + " (education)");
        }
        for (Map<String, Object> s : Fields.mappings(resume.get("skills"))) {
            skill(s.get("name"), Fields.texts(s, "keywords"), file + " (skills)");
        }
        for (String key : List.of("awards", "volunteer", "languages", "interests", "certificates", "references",
                "projects")) {
            if (resume.get(key) instanceof List<?> list && !list.isEmpty()) {
                more(Character.toUpperCase(key.charAt(0)) + key.substring(1), list);
                c.report().item("CV section", file + " (" + key + ")", key + " (on the page /cv-more)");
            }
        }
        if (resume.containsKey("publications")) {
            c.report().dropped(file + " (publications)", "publications come from the BibTeX file");
        }
        writeMore();
    }

    private void position(Object title, Object organization, Object year, Object[] range, List<String> notes,
            String where) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", text(title).orElse("Position"));
        item.put("organization", text(organization).orElse("Unknown organization"));
        if (!period(year, range, item, where)) {
            c.report().dropped(where, "position '" + item.get("title") + "' without a start date");
            return;
        }
        if (!notes.isEmpty()) {
            item.put("description", String.join(" ", notes));
        }
        c.out().positions.add(item);
        c.report().item("position", where, item.get("title") + ", " + item.get("organization"));
    }

    private void education(Object degree, Object institution, Object year, Object[] range, List<String> notes,
            String where) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("degree", text(degree).orElse("Degree"));
        item.put("institution", text(institution).orElse("Unknown institution"));
        if (!period(year, range, item, where)) {
            c.report().dropped(where, "degree '" + item.get("degree") + "' without a year");
            return;
        }
        if (!notes.isEmpty()) {
            item.put("notes", notes.stream().map(Fields::plain).toList());
        }
        c.out().education.add(item);
        c.report().item("degree", where, item.get("degree") + ", " + item.get("institution"));
    }

    private void skill(Object category, List<String> items, String where) {
        Optional<String> name = text(category);
        if (name.isEmpty() || items.isEmpty()) {
            return;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("category", name.get());
        item.put("text", String.join(", ", items));
        c.out().skills.add(item);
        c.report().item("skill", where, name.get());
    }

    private boolean period(Object year, Object[] range, Map<String, Object> item, String where) {
        if (range != null) {
            return Periods.put(range[0], range[1], item, where, c.report());
        }
        return year != null && Periods.put(year.toString(), item, where, c.report());
    }

    private static Optional<String> text(Object value) {
        return value == null || value instanceof Map || value instanceof List || value.toString().isBlank()
                ? Optional.empty() : Optional.of(Fields.plain(value.toString()));
    }

    /** A section as Markdown: a heading, then its items as a list (nested mappings flattened to "key: value"). */
    private void more(String title, Object contents) {
        more.append("\n## ").append(title.isEmpty() ? "More" : title).append("\n\n");
        if (contents instanceof List<?> list) {
            for (Object item : list) {
                more.append("- ").append(line(item)).append('\n');
            }
        } else if (contents != null) {
            more.append(line(contents)).append('\n');
        }
    }

    private static String line(Object item) {
        if (item instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> {
                if (v != null && !v.toString().isBlank()) {
                    parts.add(v instanceof List<?> l ? String.join("; ", l.stream().map(CvSections::line).toList())
                            : Fields.plain(v.toString()));
                }
            });
            return String.join(" — ", parts);
        }
        if (item instanceof List<?> list) {
            return String.join("; ", list.stream().map(CvSections::line).toList());
        }
        return item == null ? "" : Fields.plain(item.toString());
    }

    private void writeMore() {
        if (more.isEmpty()) {
            return;
        }
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", "More from my CV");
        c.out().pages.put("cv-more.md", new NewContent.MarkdownFile(front, more.toString().strip()));
    }
}
