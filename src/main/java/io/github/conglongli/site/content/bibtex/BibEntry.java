package io.github.conglongli.site.content.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of the owner's {@code publications.bib}. {@code type} and the field names are lower
 * case; {@code fields} are plain Unicode text (LaTeX already converted, e.g. {@code {\"u}ber}
 * reads {@code über}; math kept as {@code $...$}), in file order; {@code latex} holds the same
 * fields as written (macros expanded, fields inherited through {@code crossref} included), so a
 * paper's {@code .bib} download keeps every field the site does not use. {@code line} and
 * {@code column} point at the entry's {@code @}.
 */
public record BibEntry(String key, String type, Map<String, String> fields, Map<String, String> latex, int line,
        int column) {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    /** DBLP tells apart people of one name with a number: "Wei Wang 0001". */
    private static final Pattern HOMONYM = Pattern.compile("\\s+(\\d{4})$");
    /** Marks after a name, as al-folio's template reads them: '*' equal contribution, '†' corresponding. */
    private static final Pattern MARKS = Pattern.compile("[*\u2020\u2021\u00a7\u00b6^]+");

    public BibEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        latex = Collections.unmodifiableMap(new LinkedHashMap<>(latex));
    }

    /** An entry whose fields are plain text as written (no LaTeX in them). */
    public BibEntry(String key, String type, Map<String, String> fields, int line, int column) {
        this(key, type, fields, fields, line, column);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The authors as "First Last", in order, without a closing "others", marks or DBLP numbers.
     * Names are split on the plain text, so a braced corporate name containing " and " splits too.
     */
    public List<String> authors() {
        return names().stream().map(Name::display).toList();
    }

    /**
     * An author as BibTeX splits the name: "Le Scao, Teven" has the family name "Le Scao".
     * {@code marks} are the symbols written after the name ("*", "†"), {@code homonym} DBLP's
     * number, kept so two people of one name stay apart.
     */
    public record Name(String display, Optional<String> given, Optional<String> family, String marks,
            Optional<String> homonym) {}

    /**
     * The authors with how BibTeX splits each: a name written "Last, First" gives both parts; one
     * written "First Last" gives none, as BibTeX's own split of it is a guess. Without authors,
     * the editors (a book or proceedings that is edited).
     */
    public List<Name> names() {
        List<String> names = new ArrayList<>(authorParts());
        if (authorsTruncated()) {
            names.remove(names.size() - 1);
        }
        return names.stream().map(BibEntry::name).toList();
    }

    private static Name name(String written) {
        StringBuilder marks = new StringBuilder();
        Matcher m = MARKS.matcher(written);
        String unmarked = m.replaceAll(found -> {
            marks.append(found.group());
            return "";
        }).strip();
        List<String> parts = new ArrayList<>(Arrays.stream(COMMA.split(unmarked)).filter(p -> !p.isEmpty()).toList());
        Optional<String> homonym = Optional.empty();
        for (int i = 0; i < parts.size() && homonym.isEmpty(); i++) {
            Matcher number = HOMONYM.matcher(parts.get(i));
            if (number.find()) {
                homonym = Optional.of(number.group(1));
                parts.set(i, parts.get(i).substring(0, number.start()));
            }
        }
        String display = firstLast(parts, unmarked);
        return parts.size() == 2
                ? new Name(display, Optional.of(parts.get(1)), Optional.of(parts.get(0)), marks.toString(), homonym)
                : new Name(display, Optional.empty(), Optional.empty(), marks.toString(), homonym);
    }

    /** Whether the author list ends with "and others" (BibTeX's "et al."). */
    public boolean authorsTruncated() {
        List<String> parts = authorParts();
        return !parts.isEmpty() && parts.get(parts.size() - 1).equalsIgnoreCase("others");
    }

    private List<String> authorParts() {
        return field("author").or(() -> field("editor")).stream()
                .flatMap(AND::splitAsStream)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** BibTeX writes "Last, First" or "Last, Jr., First"; the site shows "First Last, Jr.". */
    private static String firstLast(List<String> parts, String name) {
        return switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> parts.get(1) + " " + parts.get(0);
            case 3 -> parts.get(2) + " " + parts.get(0) + ", " + parts.get(1);
            default -> name;
        };
    }
}
