package io.github.conglongli.site.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did, for the owner to review: each item mapped (by kind), each field or file
 * left behind and why, each guess, and template code kept as text. Written to
 * {@code IMPORT.md} in the new site and printed. Collected while one import runs; not shared.
 */
public final class ImportReport {

    /** One note: where in the old site, and what. */
    public record Note(String where, String what) {}

    private final Map<String, List<Note>> items = new LinkedHashMap<>();
    private final List<Note> dropped = new ArrayList<>();
    private final List<Note> guesses = new ArrayList<>();
    private final List<Note> keptAsText = new ArrayList<>();
    /** Unused front-matter fields, by "kind: field", with the files that had them and why they are dropped. */
    private final Map<String, List<String>> unusedFields = new java.util.TreeMap<>();
    private final Map<String, String> unusedReasons = new java.util.HashMap<>();
    private final List<String> check = new ArrayList<>();
    private String source = "";

    void source(String text) {
        source = text;
    }

    /** An item of {@code kind} (e.g. "publication") was carried over from {@code where}. */
    void item(String kind, String where, String title) {
        items.computeIfAbsent(kind, k -> new ArrayList<>()).add(new Note(where, title));
    }

    void dropped(String where, String why) {
        dropped.add(new Note(where, why));
    }

    /** A field of an item of {@code kind} the new site has no place for; listed once per field with its files. */
    void unusedField(String kind, String field, String file, String why) {
        unusedFields.computeIfAbsent(kind + ": " + field, k -> new ArrayList<>()).add(file);
        unusedReasons.putIfAbsent(kind + ": " + field, why);
    }

    void guess(String where, String what) {
        guesses.add(new Note(where, what));
    }

    void keptAsText(String where, String code) {
        keptAsText.add(new Note(where, code));
    }

    /** What {@code check} said of the new site, line by line. */
    public void check(List<String> lines) {
        check.clear();
        check.addAll(lines);
    }

    /** How many items of {@code kind} were carried over. */
    public int count(String kind) {
        return items.getOrDefault(kind, List.of()).size();
    }

    public Map<String, List<Note>> items() {
        return items;
    }

    public List<Note> dropped() {
        return List.copyOf(dropped);
    }

    /** Dropped notes and unused fields together, as IMPORT.md lists them. */
    public List<Note> allDropped() {
        List<Note> all = new ArrayList<>(dropped);
        unusedFields.forEach((key, files) -> all.add(new Note(key, unusedReasons.get(key) + " (" + files.size()
                + (files.size() == 1 ? " file: " + files.get(0) : " files, e.g. " + files.get(0)) + ")")));
        return all;
    }

    public List<Note> guesses() {
        return List.copyOf(guesses);
    }

    public List<Note> keptAsText() {
        return List.copyOf(keptAsText);
    }

    public String markdown() {
        StringBuilder s = new StringBuilder("# Import report\n\nImported from ").append(source).append(".\n\n");
        s.append("## Mapped\n\n| kind | count |\n|---|---|\n");
        items.forEach((kind, list) -> s.append("| ").append(kind).append(" | ").append(list.size()).append(" |\n"));
        items.forEach((kind, list) -> {
            s.append("\n### ").append(capitalized(plural(kind, 2))).append("\n\n");
            list.forEach(n -> s.append("- ").append(escaped(n.what())).append(" (from `").append(n.where())
                    .append("`)\n"));
        });
        section(s, "Dropped", "Fields and files not carried over, and why.", allDropped());
        section(s, "Guesses", "Values the import had to infer: check these.", guesses);
        section(s, "Template code kept as text", "Liquid or Hugo code with no equivalent here, left in the text "
                + "for you to rewrite.", keptAsText);
        s.append("\n## Check\n\n");
        if (check.isEmpty()) {
            s.append("Not run.\n");
        } else {
            s.append("```\n");
            check.forEach(line -> s.append(line).append('\n'));
            s.append("```\n");
        }
        return s.toString();
    }

    private static void section(StringBuilder s, String title, String about, List<Note> notes) {
        s.append("\n## ").append(title).append(" (").append(notes.size()).append(")\n\n");
        if (notes.isEmpty()) {
            s.append("None.\n");
            return;
        }
        s.append(about).append("\n\n");
        notes.forEach(n -> s.append("- `").append(n.where().replace("`", "'")).append("`: ")
                .append(escaped(n.what())).append('\n'));
    }

    /** One line of Markdown, whatever the text holds. */
    private static String escaped(String text) {
        return text.replace("\n", " ").replace("<", "&lt;");
    }

    private static String plural(String kind, int n) {
        if (n == 1) {
            return kind;
        }
        return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
