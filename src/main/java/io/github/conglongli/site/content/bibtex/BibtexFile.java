package io.github.conglongli.site.content.bibtex;

import io.github.conglongli.site.content.bibtex.BibtexSyntax.At;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Block;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Entry;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Field;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Macro;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Part;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Preamble;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.StringDefinition;
import io.github.conglongli.site.content.bibtex.BibtexSyntax.Text;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the owner's {@code publications.bib} into {@link BibEntry} records, reporting every
 * problem at its line and column with the entry's key, never throwing. What BibTeX itself only
 * warns about (a repeated key or field, an undefined macro, a {@code crossref} to an entry that
 * is not in the file) is a warning; a syntax error is an error, and the entries around the broken
 * one are still read.
 */
public final class BibtexFile {

    private static final Set<String> NOT_SHOWN_WITHOUT = Set.of("title");
    /** Fields that BibTeX styles print verbatim; LaTeX conversion would mangle a URL's '_' or '%'. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "biburl", "pdf", "supp", "poster",
            "slides", "code", "html", "blog", "website", "video", "preview", "file");
    /** What a crossref never passes on: what identifies the volume rather than the paper. */
    private static final Set<String> NOT_INHERITED = Set.of("title", "url", "doi", "ee", "biburl", "bibsource",
            "timestamp", "isbn", "crossref", "abstract", "keywords");
    private static final Pattern INCLUDE = Pattern.compile("@\\s*include\\s*[{(]", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE_YEAR = Pattern.compile("(\\d{4})(-.*)?");
    /** al-folio's papers.bib ends values with a comma that its own style drops: "Phys. Rev.,". */
    private static final Pattern TRAILING_COMMA = Pattern.compile("[\\s,]+$");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "January"),
            Map.entry("feb", "February"), Map.entry("mar", "March"), Map.entry("apr", "April"),
            Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"), Map.entry("aug", "August"),
            Map.entry("sep", "September"), Map.entry("oct", "October"), Map.entry("nov", "November"),
            Map.entry("dec", "December"));

    private BibtexFile() {}

    /**
     * What one file holds: the entries that can be shown, by citation key in file order, every
     * {@code @preamble} as written, and the problems. An importer takes the entries and lists the
     * errors; the site refuses the file while it has errors.
     */
    public record Result(Map<String, BibEntry> entries, List<String> preambles, List<ContentError> errors,
            List<ContentError> warnings) {
        public Result {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            preambles = List.copyOf(preambles);
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /** Reads {@code bytes}, naming {@code file} in every problem. */
    public static Result parse(byte[] bytes, String file) {
        Problems problems = new Problems(file);
        List<String> preambles = new ArrayList<>();
        Map<String, BibEntry> entries = read(bytes, problems, preambles);
        return new Result(entries, preambles, problems.errors(), problems.warnings());
    }

    /** Entries by citation key, in file order; errors and warnings go to {@code problems}. */
    public static Map<String, BibEntry> read(byte[] bytes, Problems problems) {
        return read(bytes, problems, new ArrayList<>());
    }

    private static Map<String, BibEntry> read(byte[] bytes, Problems problems, List<String> preambles) {
        Optional<String> decoded = SourceText.decode(bytes, problems);
        if (decoded.isEmpty()) {
            return Map.of();
        }
        String text = decoded.get();
        // BibTeX would read the named file from the server's disk
        Matcher include = INCLUDE.matcher(text);
        if (include.find()) {
            BibtexSyntax.At at = position(text, include.start());
            problems.at(at.line(), at.column(), "@include is not supported; copy the entries into this file");
            return Map.of();
        }
        BibtexSyntax.Scan scan = BibtexSyntax.scan(text);
        scan.errors().forEach(e -> problems.at(e.at().line(), e.at().column(), e.message()));
        Map<String, String> macros = new HashMap<>(MONTHS);
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Block block : scan.blocks()) {
            if (block instanceof StringDefinition definition) {
                macros.put(definition.field().name().toLowerCase(Locale.ROOT),
                        expand(definition.field(), macros, Optional.empty(), problems));
            } else if (block instanceof Preamble preamble) {
                preambles.add(expand(new Field("preamble", preamble.parts(), preamble.at()), macros, Optional.empty(),
                        problems));
            } else if (block instanceof Entry entry) {
                Entry earlier = byKey.putIfAbsent(entry.key().toLowerCase(Locale.ROOT), entry);
                if (earlier != null) {
                    problems.warn(entry.at().line(), entry.at().column(), "repeated BibTeX key '" + entry.key()
                            + "' (already used at line " + earlier.at().line() + "); this entry is ignored,"
                            + " as BibTeX does");
                }
            }
        }
        Map<String, Map<String, String>> latex = new LinkedHashMap<>();
        for (Entry entry : byKey.values()) {
            latex.put(entry.key().toLowerCase(Locale.ROOT), fields(entry, macros, problems));
        }
        Map<String, BibEntry> entries = new LinkedHashMap<>();
        LatexText latexText = new LatexText();
        for (Entry entry : byKey.values()) {
            Map<String, String> own = latex.get(entry.key().toLowerCase(Locale.ROOT));
            Map<String, String> withInherited = crossref(entry, own, byKey, latex, problems);
            read(entry, withInherited, latexText, problems).ifPresent(e -> entries.put(e.key(), e));
        }
        return Collections.unmodifiableMap(entries);
    }

    /** Each field's LaTeX with macros expanded; a repeated field is ignored with a warning, as BibTeX does. */
    private static Map<String, String> fields(Entry entry, Map<String, String> macros, Problems problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, At> seen = new HashMap<>();
        for (Field field : entry.fields()) {
            String name = field.name().toLowerCase(Locale.ROOT);
            At first = seen.putIfAbsent(name, field.at());
            if (first != null) {
                problems.warn(field.at().line(), field.at().column(), "BibTeX entry '" + entry.key() + "' repeats '"
                        + name + "' (first at line " + first.line() + "); the repeat is ignored, as BibTeX does");
                continue;
            }
            fields.put(name, expand(field, macros, Optional.of(entry.key()), problems));
        }
        return fields;
    }

    /** A value's LaTeX: parts joined, macros replaced by their text. */
    private static String expand(Field field, Map<String, String> macros, Optional<String> key, Problems problems) {
        StringBuilder value = new StringBuilder();
        for (Part part : field.parts()) {
            if (part instanceof Text text) {
                value.append(text.latex());
            } else if (part instanceof BibtexSyntax.Number number) {
                value.append(number.digits());
            } else if (part instanceof Macro macro) {
                String name = macro.name().toLowerCase(Locale.ROOT);
                String where = key.map(k -> "BibTeX entry '" + k + "': ").orElse("@string: ");
                if (macros.containsKey(name)) {
                    value.append(macros.get(name));
                } else if (name.equals("true") || name.equals("false")) {
                    // al-folio's own documentation writes selected = true; BibTeX reads a macro
                    problems.warn(macro.at().line(), macro.at().column(), where + "'" + field.name() + " = "
                            + macro.name() + "' is read as {" + name + "}; BibTeX itself would read an undefined"
                            + " macro, so write " + field.name() + " = {" + name + "}");
                    value.append(name);
                } else {
                    problems.warn(macro.at().line(), macro.at().column(), where + "'" + field.name()
                            + "' uses the undefined macro '" + macro.name() + "', read as empty as BibTeX does;"
                            + " define it with @string or put the value in braces");
                }
            }
        }
        return value.toString();
    }

    /** The entry's fields with those of the entry it cross-references added (the title as {@code booktitle}). */
    private static Map<String, String> crossref(Entry entry, Map<String, String> own, Map<String, Entry> byKey,
            Map<String, Map<String, String>> latex, Problems problems) {
        String target = own.get("crossref");
        if (target == null) {
            return own;
        }
        Map<String, String> parent = latex.get(target.strip().toLowerCase(Locale.ROOT));
        if (parent == null) {
            Field field = entry.fields().stream().filter(f -> f.name().equalsIgnoreCase("crossref")).findFirst()
                    .orElseThrow();
            problems.warn(field.at().line(), field.at().column(), "BibTeX entry '" + entry.key() + "': crossref '"
                    + target.strip() + "' is not in this file; the entry is shown with its own fields only");
            return own;
        }
        Map<String, String> merged = new LinkedHashMap<>(own);
        if (parent.containsKey("title")) {
            merged.putIfAbsent("booktitle", parent.get("title"));
        }
        parent.forEach((name, value) -> {
            if (!NOT_INHERITED.contains(name)) {
                merged.putIfAbsent(name, value);
            }
        });
        return merged;
    }

    private static Optional<BibEntry> read(Entry entry, Map<String, String> latex, LatexText latexText,
            Problems problems) {
        String key = entry.key();
        At at = entry.at();
        Map<String, String> fields = new LinkedHashMap<>();
        latex.forEach((name, value) -> fields.put(name, plain(name, value, latexText)));
        boolean valid = true;
        for (String required : NOT_SHOWN_WITHOUT) {
            if (fields.getOrDefault(required, "").isEmpty()) {
                problems.at(at.line(), at.column(), "BibTeX entry '" + key + "' has no '" + required + "'");
                valid = false;
            }
        }
        if (!fields.containsKey("author") && !fields.containsKey("editor")) {
            problems.warn(at.line(), at.column(), "BibTeX entry '" + key + "' has no 'author' or 'editor'; it is shown"
                    + " without authors");
        }
        String year = fields.getOrDefault("year", "");
        Matcher date = DATE_YEAR.matcher(fields.getOrDefault("date", ""));
        if (year.isEmpty() && date.matches()) {
            fields.put("year", date.group(1)); // biblatex writes date = {2024-05-01} instead
        } else if (year.isEmpty()) {
            problems.at(at.line(), at.column(), "BibTeX entry '" + key + "' has no 'year'");
            valid = false;
        } else if (!YEAR.matcher(year).matches()) {
            problems.at(at.line(), at.column(), "BibTeX entry '" + key + "' has year '" + year
                    + "'; expected four digits such as 2022");
            valid = false;
        }
        return valid ? Optional.of(new BibEntry(key, entry.type(), fields, latex, at.line(), at.column()))
                : Optional.empty();
    }

    private static String plain(String name, String latex, LatexText latexText) {
        if (VERBATIM.contains(name)) {
            return latex.strip().replaceAll("\\s+", " ");
        }
        String text = name.equals("author") || name.equals("editor") ? latexText.authors(latex) : latexText.plain(latex);
        return TRAILING_COMMA.matcher(text).replaceFirst("");
    }

    private static At position(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return new At(line, offset - lineStart + 1);
    }
}
