package io.github.conglongli.site.content.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the owner's {@code publications.bib}. {@code type} and the field names are lower
 * case; field values are plain Unicode text (LaTeX already converted, e.g. {@code {\"u}ber}
 * reads {@code über}), in file order. {@code line} and {@code column} point at the entry's
 * {@code @}.
 */
public record BibEntry(String key, String type, Map<String, String> fields, int line, int column) {

    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    public BibEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * The authors as "First Last", in order, without a closing "others". Names are split on
     * the plain text, so a braced corporate name containing " and " splits too.
     */
    public List<String> authors() {
        List<String> names = new ArrayList<>(authorParts());
        if (authorsTruncated()) {
            names.remove(names.size() - 1);
        }
        return names.stream().map(BibEntry::firstLast).toList();
    }

    /** An author as BibTeX splits the name: "Le Scao, Teven" has the family name "Le Scao". */
    public record Name(String display, Optional<String> given, Optional<String> family) {}

    /**
     * The authors with how BibTeX splits each: a name written "Last, First" gives both parts; one
     * written "First Last" gives none, as BibTeX's own split of it is a guess.
     */
    public List<Name> names() {
        List<String> names = new ArrayList<>(authorParts());
        if (authorsTruncated()) {
            names.remove(names.size() - 1);
        }
        return names.stream().map(name -> {
            List<String> parts = Arrays.stream(COMMA.split(name)).filter(p -> !p.isEmpty()).toList();
            return parts.size() == 2 ? new Name(firstLast(name), Optional.of(parts.get(1)), Optional.of(parts.get(0)))
                    : new Name(firstLast(name), Optional.empty(), Optional.empty());
        }).toList();
    }

    /** Whether the author list ends with "and others" (BibTeX's "et al."). */
    public boolean authorsTruncated() {
        List<String> parts = authorParts();
        return !parts.isEmpty() && parts.get(parts.size() - 1).equalsIgnoreCase("others");
    }

    private List<String> authorParts() {
        return field("author").stream()
                .flatMap(AND::splitAsStream)
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** BibTeX writes "Last, First" or "Last, Jr., First"; the site shows "First Last, Jr.". */
    private static String firstLast(String name) {
        List<String> parts = Arrays.stream(COMMA.split(name)).filter(p -> !p.isEmpty()).toList();
        return switch (parts.size()) {
            case 1 -> parts.get(0);
            case 2 -> parts.get(1) + " " + parts.get(0);
            case 3 -> parts.get(2) + " " + parts.get(0) + ", " + parts.get(1);
            default -> name;
        };
    }
}
