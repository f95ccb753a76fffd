package io.github.conglongli.site.content.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The structure of a BibTeX file as BibTeX itself reads it: {@code @string}, {@code @preamble},
 * {@code @comment} and entries, each field a list of parts joined by {@code #}; text outside
 * them is a comment (so a Jekyll front matter block or a stray {@code ;} between entries is
 * ignored). Values are kept as written, so nothing is lost before the LaTeX is read.
 *
 * <p>Written by hand rather than with jbibtex's grammar because the owner needs what that parser
 * cannot give: the line and column of every entry and field, the fields BibTeX only warns about
 * (a repeated field or key), and the entries after a broken one. A syntax error ends the entry
 * it is in; scanning starts again at the next line that begins with {@code @}. No recursion, so a
 * deeply nested value cannot overflow the stack.
 */
final class BibtexSyntax {

    /** Where something was written: 1-based line and column. */
    record At(int line, int column) {}

    /** One piece of a value: braced or quoted text (without its delimiters), a number, or a macro name. */
    sealed interface Part {}

    record Text(String latex, boolean quoted) implements Part {}

    record Number(String digits) implements Part {}

    record Macro(String name, At at) implements Part {}

    record Field(String name, List<Part> parts, At at) {
        Field {
            parts = List.copyOf(parts);
        }
    }

    sealed interface Block {}

    /** An entry; {@code type} is lower case, {@code name} of each field as written. */
    record Entry(String type, String key, List<Field> fields, At at) implements Block {
        Entry {
            fields = List.copyOf(fields);
        }
    }

    record StringDefinition(Field field, At at) implements Block {}

    record Preamble(List<Part> parts, At at) implements Block {}

    /** A syntax error; {@code key} names the entry it broke, when that far was read. */
    record SyntaxError(At at, Optional<String> key, String message) {}

    record Scan(List<Block> blocks, List<SyntaxError> errors) {}

    private final String text;
    private final int[] lineStarts;
    private int pos;

    private BibtexSyntax(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static Scan scan(String text) {
        return new BibtexSyntax(text).scanAll();
    }

    /** Thrown inside one block only, to end it; never leaves this class. */
    private static final class Broken extends Exception {
        final transient SyntaxError error;
        final int resumeAt;

        Broken(SyntaxError error, int resumeAt) {
            super(null, null, false, false);
            this.error = error;
            this.resumeAt = resumeAt;
        }
    }

    private Scan scanAll() {
        List<Block> blocks = new ArrayList<>();
        List<SyntaxError> errors = new ArrayList<>();
        pos = skipFrontMatter();
        while (true) {
            int at = nextAt();
            if (at < 0) {
                break;
            }
            pos = at;
            try {
                readBlock(blocks);
            } catch (Broken broken) {
                errors.add(broken.error);
                pos = Math.max(broken.resumeAt, at + 1);
            }
        }
        return new Scan(List.copyOf(blocks), List.copyOf(errors));
    }

    /** The next '@' outside a %-comment line: an entry commented out that way stays out, as in biber. */
    private int nextAt() {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int end = text.indexOf('\n', i);
                if (end < 0) {
                    return -1;
                }
                i = end;
            } else if (c == '@') {
                return i;
            }
        }
        return -1;
    }

    /** al-folio's papers.bib starts with an empty Jekyll front matter block; any such block is skipped. */
    private int skipFrontMatter() {
        if (!text.startsWith("---")) {
            return 0;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return 0;
        }
        int next = text.indexOf('\n', end + 4);
        return next < 0 ? text.length() : next + 1;
    }

    private void readBlock(List<Block> blocks) throws Broken {
        At at = at(pos);
        pos++; // '@'
        skipSpace();
        String type = identifier().toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
            return; // an '@' in a comment, such as an e-mail address
        }
        skipSpace();
        if (type.equals("comment")) {
            skipComment();
            return;
        }
        char open = pos < text.length() ? text.charAt(pos) : '\0';
        if (open != '{' && open != '(') {
            return; // BibTeX ignores "@word" that opens nothing
        }
        char close = open == '{' ? '}' : ')';
        pos++;
        switch (type) {
            case "string" -> {
                skipSpaceAndComments();
                Field field = field(Optional.empty());
                skipSpaceAndComments();
                expectClose(close, Optional.empty(), "@string");
                blocks.add(new StringDefinition(field, at));
            }
            case "preamble" -> {
                skipSpaceAndComments();
                List<Part> parts = value(Optional.empty());
                skipSpaceAndComments();
                expectClose(close, Optional.empty(), "@preamble");
                blocks.add(new Preamble(parts, at));
            }
            default -> blocks.add(entry(type, close, at));
        }
    }

    private Entry entry(String type, char close, At at) throws Broken {
        skipSpace();
        int keyStart = pos;
        while (pos < text.length() && ",}) \t\r\n".indexOf(text.charAt(pos)) < 0 && text.charAt(pos) != close) {
            pos++;
        }
        String key = text.substring(keyStart, pos);
        Optional<String> named = key.isEmpty() ? Optional.empty() : Optional.of(key);
        if (key.isEmpty()) {
            throw broken(at, named, "BibTeX entry has no citation key; write one after '@" + type + "{'");
        }
        List<Field> fields = new ArrayList<>();
        skipSpaceAndComments();
        while (true) {
            if (pos >= text.length()) {
                throw broken(at, named, "BibTeX entry '" + key + "' is not closed: the file ends before its '"
                        + close + "'");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                return new Entry(type, key, fields, at);
            }
            if (c == '@' && atLineStart(pos)) {
                throw broken(at, named, "invalid BibTeX: entry '" + key + "' is not closed before the next entry at line "
                        + at(pos).line() + " (a '" + close + "' is missing)");
            }
            if (c != ',') {
                throw broken(at(pos), named, "invalid BibTeX in entry '" + key + "': unexpected " + describe(pos)
                        + "; expected ',' or '" + close + "'");
            }
            pos++;
            skipSpaceAndComments();
            if (pos < text.length() && text.charAt(pos) == close) {
                continue; // a trailing comma before the end
            }
            if (pos < text.length() && text.charAt(pos) == ',') {
                continue; // ",," as BibTeX tolerates
            }
            fields.add(field(named));
            skipSpaceAndComments();
        }
    }

    private Field field(Optional<String> key) throws Broken {
        At at = at(pos);
        String name = identifier();
        if (name.isEmpty()) {
            throw broken(at, key, "invalid BibTeX" + in(key) + ": unexpected " + describe(pos)
                    + "; expected a field name");
        }
        skipSpaceAndComments();
        if (pos >= text.length() || text.charAt(pos) != '=') {
            throw broken(at(pos), key, "invalid BibTeX" + in(key) + ": unexpected " + describe(pos)
                    + "; expected '=' after '" + name + "'");
        }
        pos++;
        skipSpaceAndComments();
        return new Field(name, value(key), at);
    }

    private List<Part> value(Optional<String> key) throws Broken {
        List<Part> parts = new ArrayList<>();
        while (true) {
            parts.add(part(key));
            skipSpaceAndComments();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
                skipSpaceAndComments();
            } else {
                return parts;
            }
        }
    }

    private Part part(Optional<String> key) throws Broken {
        if (pos >= text.length()) {
            throw broken(at(pos), key, "invalid BibTeX" + in(key) + ": the file ends where a value should be");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            int start = pos;
            int end = balanced(start, key);
            pos = end + 1;
            return new Text(text.substring(start + 1, end), false);
        }
        if (c == '"') {
            int start = pos;
            int depth = 0;
            for (int i = start + 1; i < text.length(); i++) {
                char d = text.charAt(i);
                if (d == '{') {
                    depth++;
                } else if (d == '}') {
                    depth--;
                } else if (d == '"' && depth == 0) {
                    pos = i + 1;
                    return new Text(text.substring(start + 1, i), true);
                }
            }
            throw unclosed(start, key, "the '\"' here is never closed");
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return new Number(text.substring(start, pos));
        }
        At at = at(pos);
        String name = identifier();
        if (name.isEmpty()) {
            throw broken(at, key, "invalid BibTeX" + in(key) + ": unexpected " + describe(pos)
                    + "; expected a value in braces");
        }
        return new Macro(name, at);
    }

    /** The index of the '}' closing the '{' at {@code start}. BibTeX counts every brace, escaped or not. */
    private int balanced(int start, Optional<String> key) throws Broken {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw unclosed(start, key, "the '{' here is never closed (a '}' is missing)");
    }

    /** An unclosed value swallows the rest of the file: report it where it opens, resume at the next entry. */
    private Broken unclosed(int start, Optional<String> key, String what) {
        return new Broken(new SyntaxError(at(start), key, "invalid BibTeX" + in(key) + ": " + what),
                nextLineStartingWithAt(start));
    }

    private int nextLineStartingWithAt(int from) {
        int i = text.indexOf('\n', from);
        while (i >= 0) {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '@') {
                return j;
            }
            i = text.indexOf('\n', j);
        }
        return text.length();
    }

    /** Whether only spaces come before {@code i} on its line. */
    private boolean atLineStart(int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private void expectClose(char close, Optional<String> key, String what) throws Broken {
        if (pos >= text.length() || text.charAt(pos) != close) {
            throw broken(at(pos), key, "invalid BibTeX in " + what + ": unexpected " + describe(pos)
                    + "; expected '" + close + "'");
        }
        pos++;
    }

    private Broken broken(At at, Optional<String> key, String message) {
        int resume = pos < text.length() && text.charAt(pos) == '@' ? pos : nextLineStartingWithAt(pos);
        return new Broken(new SyntaxError(at, key, message), resume);
    }

    private static String in(Optional<String> key) {
        return key.map(k -> " in entry '" + k + "'").orElse("");
    }

    private String describe(int i) {
        if (i >= text.length()) {
            return "end of file";
        }
        if (Character.isLetter(text.charAt(i))) {
            int end = i;
            while (end < text.length() && isNameCharacter(text.charAt(end))) {
                end++;
            }
            return "'" + text.substring(i, end) + "'";
        }
        return "character '" + text.charAt(i) + "'";
    }

    /** {@code @comment} takes a braced block or, unbraced, the rest of its line. */
    private void skipComment() throws Broken {
        if (pos < text.length() && (text.charAt(pos) == '{' || text.charAt(pos) == '(')) {
            int end = text.charAt(pos) == '{' ? balanced(pos, Optional.empty()) : text.indexOf(')', pos);
            pos = end < 0 ? text.length() : end + 1;
        } else {
            int end = text.indexOf('\n', pos);
            pos = end < 0 ? text.length() : end;
        }
    }

    /** Field, type and macro names: BibTeX allows most printable characters; these are the ones seen. */
    private String identifier() {
        int start = pos;
        while (pos < text.length() && isNameCharacter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || "_-.:+/'!?*&;<>[]`|".indexOf(c) >= 0;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Between fields a line starting with '%' is a comment, as biber and most editors read it. */
    private void skipSpaceAndComments() {
        skipSpace();
        while (pos < text.length() && text.charAt(pos) == '%') {
            int end = text.indexOf('\n', pos);
            pos = end < 0 ? text.length() : end;
            skipSpace();
        }
    }

    private At at(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return new At(low + 1, offset - lineStarts[low] + 1);
    }
}
