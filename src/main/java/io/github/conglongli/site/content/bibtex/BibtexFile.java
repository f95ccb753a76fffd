package io.github.conglongli.site.content.bibtex;

import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.CrossReferenceValue;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.Token;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads the owner's {@code publications.bib} with jbibtex into {@link BibEntry} records,
 * reporting every problem with its line and column like the YAML files, never throwing.
 *
 * <p>jbibtex keeps no positions for entries and silently drops an entry whose key was already
 * used, so a small scan of the raw text finds each {@code @type{key} header for both. Entries
 * with errors are reported and left out of the result.
 */
public final class BibtexFile {

    private static final List<String> REQUIRED = List.of("title", "author", "year");
    /** Fields that BibTeX styles print verbatim; LaTeX conversion would mangle a URL's '_' or '%'. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint");
    private static final Pattern HEADER = Pattern.compile("@\\s*([A-Za-z][\\w-]*)\\s*[{(]\\s*([^\\s,{}()\"#%'=]*)");
    private static final Pattern INCLUDE = Pattern.compile("@\\s*include\\s*[{(]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEXICAL_ERROR = Pattern.compile(
            "line (\\d+), column (\\d+)\\.\\s+Encountered: (<EOF>|\"(.*?)\" \\()", Pattern.DOTALL);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern UNESCAPED_TILDE = Pattern.compile("(?<!\\\\)~");
    /** Escaped specials (kept), commands and accents (dropped), braces and math shifts (dropped). */
    private static final Pattern LATEX_MARKUP = Pattern.compile("\\\\([&%$#_{}^~ ])|\\\\[A-Za-z]+\\s*|\\\\.?|[{}$]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A key no entry can have (jbibtex keys cannot contain NUL): marks an entry written without one. */
    private static final String NO_KEY = "\u0000no-key-";
    private static final Set<String> NOT_ENTRIES = Set.of("comment", "preamble", "string", "include");

    private BibtexFile() {}

    /** An entry's {@code @type{key} as written, with the position of its '@'. */
    private record Header(String type, String key, int line, int column) {}

    /** Entries by citation key, in file order; problems go to {@code problems}. */
    public static Map<String, BibEntry> read(byte[] bytes, Problems problems) {
        Optional<String> decoded = SourceText.decode(bytes, problems);
        if (decoded.isEmpty()) {
            return Map.of();
        }
        String text = decoded.get();
        // jbibtex would read the named file from the server's disk
        Matcher include = INCLUDE.matcher(text);
        if (include.find()) {
            int[] at = position(text, include.start());
            problems.at(at[0], at[1], "@include is not supported; copy the entries into this file");
            return Map.of();
        }
        List<Header> headers = headers(text);
        Optional<BibTeXDatabase> database = parse(text, headers, problems);
        if (database.isEmpty()) {
            return Map.of();
        }
        Map<String, Header> byKey = firstHeaders(headers, problems);
        Map<String, BibEntry> entries = new LinkedHashMap<>();
        for (BibTeXObject object : database.get().getObjects()) {
            if (object instanceof BibTeXEntry entry && !entry.getKey().getValue().startsWith(NO_KEY)) {
                String key = entry.getKey().getValue();
                // no header only when the scan and jbibtex disagree (a '{' inside a %-comment within
                // an entry); the entry is still read, its errors then point at the file
                Header at = byKey.getOrDefault(normalize(key), new Header("", key, 0, 0));
                read(entry, at, problems).ifPresent(e -> entries.put(e.key(), e));
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    private static Optional<BibTeXDatabase> parse(String text, List<Header> headers, Problems problems) {
        try {
            return Optional.of(new LenientParser().parse(new StringReader(text)));
        } catch (ParseException e) {
            Token next = e.currentToken == null ? null : e.currentToken.next;
            if (next != null && next.kind != 0) {
                problems.at(next.beginLine, next.beginColumn,
                        "invalid BibTeX: unexpected '" + next.image + "'" + expected(e));
            } else if (!headers.isEmpty()) {
                Header last = headers.get(headers.size() - 1);
                problems.at(last.line(), last.column(), "invalid BibTeX: the file ends before this entry is closed"
                        + " (a '}' is missing)");
            } else {
                problems.file("invalid BibTeX: the file ends too early");
            }
        } catch (TokenMgrException e) {
            Matcher m = LEXICAL_ERROR.matcher(String.valueOf(e.getMessage()));
            if (m.find()) {
                String what = m.group(4) == null ? "end of file" : "character '" + m.group(4) + "'";
                problems.at(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        "invalid BibTeX: unexpected " + what);
            } else {
                problems.file("invalid BibTeX: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            // jbibtex's own bugs must not take the site down with them
            problems.file("invalid BibTeX: " + e);
        }
        return Optional.empty();
    }

    private static String expected(ParseException e) {
        if (e.expectedTokenSequences == null || e.tokenImage == null) {
            return "";
        }
        List<String> expected = Arrays.stream(e.expectedTokenSequences)
                .filter(sequence -> sequence.length > 0)
                .map(sequence -> e.tokenImage[sequence[0]])
                .map(image -> image.startsWith("\"") ? "'" + image.substring(1, image.length() - 1) + "'" : "a name")
                .distinct()
                .toList();
        if (expected.isEmpty()) {
            return "";
        }
        String allButLast = String.join(", ", expected.subList(0, expected.size() - 1));
        return "; expected " + (allButLast.isEmpty() ? "" : allButLast + " or ") + expected.get(expected.size() - 1);
    }

    /** The first header of each key, reporting later ones (which jbibtex drops) as duplicates. */
    private static Map<String, Header> firstHeaders(List<Header> headers, Problems problems) {
        Map<String, Header> first = new HashMap<>();
        for (Header header : headers) {
            if (header.key().isEmpty()) {
                problems.at(header.line(), header.column(), "BibTeX entry has no citation key; write one after '@"
                        + header.type() + "{'");
                continue;
            }
            Header earlier = first.putIfAbsent(normalize(header.key()), header);
            if (earlier != null) {
                problems.at(header.line(), header.column(), "duplicate BibTeX key '" + header.key()
                        + "' (already defined at line " + earlier.line() + ")");
            }
        }
        return first;
    }

    private static Optional<BibEntry> read(BibTeXEntry entry, Header at, Problems problems) {
        String key = entry.getKey().getValue();
        boolean valid = true;
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            String name = field.getKey().getValue().toLowerCase(Locale.ROOT);
            Optional<String> undefined = undefinedReference(field.getValue());
            if (undefined.isPresent()) {
                problems.at(at.line(), at.column(),
                        "BibTeX entry '" + key + "': '" + name + "' uses " + undefined.get());
                valid = false;
                continue;
            }
            String raw = field.getValue().toUserString();
            fields.put(name, VERBATIM.contains(name) ? collapseWhitespace(raw) : plainText(raw));
        }
        for (String required : REQUIRED) {
            boolean written = entry.getFields().containsKey(new Key(required));
            boolean empty = fields.containsKey(required) && fields.get(required).isEmpty();
            if (!written || empty) {
                problems.at(at.line(), at.column(), "BibTeX entry '" + key + "' has no '" + required + "'");
                valid = false;
            }
        }
        String year = fields.getOrDefault("year", "");
        if (!year.isEmpty() && !YEAR.matcher(year).matches()) {
            problems.at(at.line(), at.column(), "BibTeX entry '" + key + "' has year '" + year
                    + "'; expected four digits such as 2022");
            valid = false;
        }
        String type = entry.getType().getValue().toLowerCase(Locale.ROOT);
        return valid ? Optional.of(new BibEntry(key, type, fields, at.line(), at.column())) : Optional.empty();
    }

    /** An @string macro or crossref that the file never defines, described for the owner. */
    private static Optional<String> undefinedReference(Value value) {
        if (value instanceof ReferenceValue reference) {
            if (reference.getString() == null) {
                return Optional.of("the undefined macro '" + reference.getValue().getString()
                        + "'; define it with @string or put the value in braces");
            }
            return undefinedReference(reference.getString().getValue());
        }
        if (value instanceof ConcateValue concatenation) {
            return undefinedReference(concatenation.getLeft()).or(() -> undefinedReference(concatenation.getRight()));
        }
        if (value instanceof CrossReferenceValue crossref && !crossref.isResolved()) {
            return Optional.of("the key '" + crossref.toUserString() + "', which is not in this file");
        }
        return Optional.empty();
    }

    /**
     * LaTeX to the text it typesets; what jbibtex cannot parse (math, '_') is read leniently.
     * Apostrophes stay straight, as in the YAML, so search and comparisons treat both alike.
     */
    private static String plainText(String latex) {
        String tidy = UNESCAPED_TILDE.matcher(latex).replaceAll(" ");
        try {
            return collapseWhitespace(new LaTeXPrinter().print(new LaTeXParser().parse(tidy))
                    .replace('\u2019', '\''));
        } catch (ParseException | RuntimeException e) {
            return collapseWhitespace(LATEX_MARKUP.matcher(tidy)
                    .replaceAll(m -> m.group(1) == null ? "" : Matcher.quoteReplacement(m.group(1))));
        }
    }

    private static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Every {@code @type{key} header outside braces and %-comments, in file order. Braces
     * escaped with a backslash do not count, as in jbibtex.
     */
    private static List<Header> headers(String text) {
        List<Header> headers = new ArrayList<>();
        Matcher header = HEADER.matcher(text);
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '%' && depth == 0) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == '@' && depth == 0 && header.region(i, text.length()).lookingAt()
                    && !NOT_ENTRIES.contains(header.group(1).toLowerCase(Locale.ROOT))) {
                headers.add(new Header(header.group(1), header.group(2), line, i - lineStart + 1));
            }
        }
        return headers;
    }

    /** Line and column (1-based) of a character offset. */
    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** jbibtex compares keys ignoring case. */
    private static String normalize(String key) {
        return key.toLowerCase(Locale.US);
    }

    /**
     * Collects undefined macros and crossrefs as values to report per entry instead of
     * throwing on the first, and marks entries written without a key.
     */
    private static final class LenientParser extends BibTeXParser {
        private int keyless;

        LenientParser() throws ParseException {
            super();
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {}

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {}

        @Override
        public String nextKey() {
            return NO_KEY + ++keyless;
        }
    }
}
