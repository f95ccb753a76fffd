package io.github.conglongli.site.content.markdown.code;

import io.github.conglongli.site.content.markdown.code.CodeLanguage.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits source text into coloured tokens by a language's table, in one pass from left to
 * right: at each place the first rule that matches takes its text, and nothing is ever read
 * again. A code block is owner input like any other, so the work is also counted: a block that
 * would cost more than {@value #WORK_PER_CHAR} steps a character (unclosed strings re-scanned
 * on a line of thousands of quotes) is shown uncoloured instead. Not thread-safe: one per block.
 */
final class CodeLexer {

    static final int WORK_PER_CHAR = 8;
    private static final Set<String> STRING_PREFIXES = Set.of("r", "b", "f", "u", "rb", "br", "fr", "rf", "Rb",
            "bR", "R", "B", "F", "U");
    private static final Set<String> DEFINERS = Set.of("def", "fn", "func", "function");
    private static final Set<String> TYPE_DEFINERS = Set.of("class", "struct", "enum", "interface", "trait",
            "record", "type", "impl", "union");

    private final CodeLanguage language;
    private final String src;
    private final List<CodeToken> tokens = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final long budget;
    private long work;
    private int pos;
    private int limit;
    private String previousWord = "";
    private int lineEndFrom = -1;
    private int lineEndAt = -1;

    private CodeLexer(CodeLanguage language, String src) {
        this.language = language;
        this.src = src;
        this.budget = (long) WORK_PER_CHAR * src.length() + 1_000;
    }

    /** The tokens of {@code source}; joined, their texts are {@code source} exactly. */
    static List<CodeToken> tokens(CodeLanguage language, String source) {
        CodeLexer lexer = new CodeLexer(language, source);
        try {
            lexer.run();
        } catch (OverBudget e) {
            return List.of(new CodeToken(TokenKind.PLAIN, source));
        }
        lexer.flush();
        return List.copyOf(lexer.tokens);
    }

    /** Thrown, and caught above, when a block costs more than its budget; carries no stack. */
    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super(null, null, false, false);
        }
    }

    private void run() {
        limit = src.length();
        if (language.has(Rule.DIFF)) {
            forEachLine(this::diffLine);
        } else if (language.has(Rule.CONSOLE)) {
            console();
        } else {
            lex();
        }
    }

    private interface LineHandler {
        void line(int start, int end);
    }

    private void forEachLine(LineHandler handler) {
        int start = 0;
        while (start < src.length()) {
            int end = lineEnd(start);
            handler.line(start, end);
            if (end < src.length()) {
                plain.append('\n');
            }
            start = end + 1;
        }
    }

    private void diffLine(int start, int end) {
        String line = src.substring(start, end);
        TokenKind kind;
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")) {
            kind = TokenKind.META;
        } else if (line.startsWith("@@")) {
            kind = TokenKind.SECTION;
        } else if (line.startsWith("+") || line.startsWith(">")) {
            kind = TokenKind.INSERTED;
        } else if (line.startsWith("-") || line.startsWith("<")) {
            kind = TokenKind.DELETED;
        } else {
            kind = TokenKind.PLAIN;
        }
        emit(kind, line);
    }

    /** A terminal session: a prompt, a command coloured as shell (continued by a trailing backslash), output plain. */
    private void console() {
        boolean continued = false;
        int start = 0;
        while (start < src.length()) {
            limit = src.length();
            int end = lineEnd(start);
            int prompt = continued ? 0 : promptLength(start, end);
            if (continued || prompt > 0) {
                emit(TokenKind.PROMPT, src.substring(start, start + prompt));
                pos = start + prompt;
                limit = end;
                lex();
                continued = end > start && src.charAt(end - 1) == '\\';
            } else {
                plain.append(src, start, end);
            }
            if (end < src.length()) {
                plain.append('\n');
            }
            start = end + 1;
        }
    }

    /** How long the prompt opening a line is ("$ ", "(venv) $ ", "user@host:~/src$ "), or 0 for output. */
    private int promptLength(int start, int end) {
        int max = Math.min(end, start + 60);
        for (int i = start; i + 1 < max; i++) {
            char c = src.charAt(i);
            if ((c == '$' || c == '%' || c == '#' || c == '>') && src.charAt(i + 1) == ' ') {
                return c == '#' && i > start ? 0 : i + 2 - start;
            }
            if (!(Character.isLetterOrDigit(c) || "@:~/._()-[] ".indexOf(c) >= 0)) {
                return 0;
            }
        }
        return 0;
    }

    /** The main loop over {@code [pos, limit)}. */
    private void lex() {
        while (pos < limit) {
            spend(1);
            char c = src.charAt(pos);
            if (c == '\n') {
                plain.append(c);
                pos++;
                continue;
            }
            if (!Character.isWhitespace(c) && atLineStart() && lineStart(c)) {
                continue;
            }
            if (language.has(Rule.TEX) && tex(c)) {
                continue;
            }
            if (language.has(Rule.MARKDOWN) && markdownInline(c)) {
                continue;
            }
            if (comment() || quoted(pos, pos) || shellVariable(c) || decorator(c) || yamlMarker(c)) {
                continue;
            }
            if (isDigit(c) || (c == '.' && pos + 1 < limit && isDigit(src.charAt(pos + 1)) && !afterWord())) {
                number();
            } else if (isWordStart(c)) {
                word();
            } else {
                if (!Character.isWhitespace(c)) {
                    previousWord = "";
                }
                plain.append(c);
                pos++;
            }
        }
    }

    /** Rules that hold only where a line's text starts (after its indentation); true when one took text. */
    private boolean lineStart(char c) {
        if (language.has(Rule.PREPROCESSOR) && c == '#') {
            emitUntil(TokenKind.META, lineEnd(pos));
            return true;
        }
        if (language.has(Rule.MARKDOWN)) {
            return markdownLine(c);
        }
        if (language.has(Rule.COLON_KEYS)) {
            return yamlKey(c);
        }
        if (language.has(Rule.EQUALS_KEYS)) {
            return tomlKey(c);
        }
        return false;
    }

    private boolean atLineStart() {
        for (int i = pos - 1; i >= 0; i--) {
            spend(1);
            char c = src.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private boolean comment() {
        for (String start : language.lineComments()) {
            if (src.startsWith(start, pos) && (!language.has(Rule.COMMENT_AFTER_SPACE) || pos == 0
                    || Character.isWhitespace(src.charAt(pos - 1)))) {
                emitUntil(TokenKind.COMMENT, lineEnd(pos));
                return true;
            }
        }
        for (Quote block : language.blockComments()) {
            if (src.startsWith(block.open(), pos)) {
                int close = find(block.close(), pos + block.open().length(), limit);
                emitUntil(TokenKind.COMMENT, close < 0 ? limit : close + block.close().length());
                return true;
            }
        }
        return false;
    }

    /**
     * A string starting at {@code at} (after a prefix that starts at {@code from}); true when one
     * was taken. A one-line string left open at the line's end is no string.
     */
    private boolean quoted(int from, int at) {
        for (Quote quote : language.quotes()) {
            if (!src.startsWith(quote.open(), at)) {
                continue;
            }
            int end = stringEnd(quote, at + quote.open().length());
            if (end < 0) {
                return false;
            }
            flush();
            String text = src.substring(from, end);
            pos = end;
            boolean key = language.has(Rule.STRING_KEYS) && nextVisible() == ':';
            emit(key ? TokenKind.PROPERTY : TokenKind.STRING, text);
            previousWord = "";
            return true;
        }
        return false;
    }

    /** Where a string whose text starts at {@code i} ends (after its close), or -1 when a one-line one is left open. */
    private int stringEnd(Quote quote, int start) {
        if (quote.maxLength() > 0 && start < limit && src.charAt(start) != '\\') {
            // one character, or none: 'x' is a literal, 'a in <'a> a lifetime
            int close = start + Character.charCount(src.codePointAt(start));
            return src.startsWith(quote.close(), close) ? close + quote.close().length() : -1;
        }
        int i = start;
        while (i < limit) {
            spend(1);
            char c = src.charAt(i);
            if (quote.escapes() && c == '\\' && i + 1 < limit) {
                i += 2;
            } else if (src.startsWith(quote.close(), i)) {
                return i + quote.close().length();
            } else if ((c == '\n' && !quote.multiline()) || (quote.maxLength() > 0 && i - start > quote.maxLength())) {
                return -1;
            } else {
                i++;
            }
        }
        return quote.multiline() ? limit : -1;
    }

    private boolean shellVariable(char c) {
        if (!language.has(Rule.SHELL_VARIABLES) || c != '$' || pos + 1 >= limit) {
            return false;
        }
        char next = src.charAt(pos + 1);
        int end;
        if (next == '{') {
            int close = find("}", pos, lineEnd(pos));
            end = close < 0 ? -1 : close + 1;
        } else if (isWordStart(next)) {
            end = pos + 1;
            while (end < limit && isWordPart(src.charAt(end))) {
                end++;
            }
        } else if (isDigit(next) || "@#?*!$-".indexOf(next) >= 0) {
            end = pos + 2;
        } else {
            end = -1;
        }
        if (end < 0) {
            return false;
        }
        emitUntil(TokenKind.VARIABLE, end);
        return true;
    }

    private boolean decorator(char c) {
        if (!language.has(Rule.DECORATORS) || c != '@' || pos + 1 >= limit || !isWordStart(src.charAt(pos + 1))
                || afterWord()) {
            return false;
        }
        int end = pos + 1;
        while (end < limit && (isWordPart(src.charAt(end)) || src.charAt(end) == '.')) {
            end++;
        }
        emitUntil(TokenKind.META, end);
        return true;
    }

    /** YAML anchors, aliases and tags: {@code &base}, {@code *base}, {@code !!str}. */
    private boolean yamlMarker(char c) {
        if (!language.has(Rule.COLON_KEYS) || (c != '&' && c != '*' && c != '!') || afterWord()) {
            return false;
        }
        int end = pos + 1;
        while (end < limit && !Character.isWhitespace(src.charAt(end))) {
            end++;
        }
        if (end == pos + 1) {
            return false;
        }
        emitUntil(c == '!' ? TokenKind.META : TokenKind.VARIABLE, end);
        return true;
    }

    private boolean yamlKey(char c) {
        int end = lineEnd(pos);
        if ((src.startsWith("---", pos) || src.startsWith("...", pos))
                && (pos + 3 == end || src.charAt(pos + 3) == ' ')) {
            emitUntil(TokenKind.META, end);
            return true;
        }
        int start = pos;
        while (pos + 1 < end && src.charAt(pos) == '-' && src.charAt(pos + 1) == ' ') {
            plain.append("- ");
            pos += 2;
            while (pos < end && src.charAt(pos) == ' ') {
                plain.append(' ');
                pos++;
            }
        }
        boolean markers = pos > start;
        if (pos >= end || "[{&*!|>%@'\"#`".indexOf(src.charAt(pos)) >= 0) {
            return markers;
        }
        for (int j = pos; j < end; j++) {
            spend(1);
            char k = src.charAt(j);
            if (k == '#' && j > pos && src.charAt(j - 1) == ' ') {
                break;
            }
            if (k == ':' && j > pos && (j + 1 == end || src.charAt(j + 1) == ' ' || src.charAt(j + 1) == '\t')) {
                emitUntil(TokenKind.PROPERTY, j);
                return true;
            }
        }
        return markers;
    }

    private boolean tomlKey(char c) {
        if (c == '[') {
            int close = -1;
            for (int j = pos; j < lineEnd(pos); j++) {
                spend(1);
                close = src.charAt(j) == ']' ? j : close;
            }
            if (close > pos) {
                emitUntil(TokenKind.SECTION, close + 1);
                return true;
            }
            return false;
        }
        int end = lineEnd(pos);
        for (int j = pos; j < end; j++) {
            spend(1);
            char k = src.charAt(j);
            if (k == '=') {
                int keyEnd = j;
                while (keyEnd > pos && src.charAt(keyEnd - 1) == ' ') {
                    keyEnd--;
                }
                if (keyEnd == pos) {
                    return false;
                }
                emitUntil(TokenKind.PROPERTY, keyEnd);
                return true;
            }
            if (!(isWordPart(k) || k == '-' || k == '.' || k == ' ' || k == '"' || k == '\'')) {
                return false;
            }
        }
        return false;
    }

    /** Commands, escapes, environment names and math in LaTeX. */
    private boolean tex(char c) {
        if (c == '\\' && pos + 1 < limit) {
            int end = pos + 1;
            while (end < limit && Character.isLetter(src.charAt(end))) {
                end++;
            }
            if (end == pos + 1) {
                end = pos + 2;
            }
            String command = src.substring(pos, end);
            emitUntil(TokenKind.KEYWORD, end);
            if ((command.equals("\\begin") || command.equals("\\end")) && pos < limit && src.charAt(pos) == '{') {
                int close = find("}", pos, lineEnd(pos));
                if (close > 0) {
                    plain.append('{');
                    pos++;
                    emitUntil(TokenKind.TYPE, close);
                }
            }
            return true;
        }
        if (c == '$') {
            String delimiter = src.startsWith("$$", pos) ? "$$" : "$";
            int close = find(delimiter, pos + delimiter.length(), limit);
            emitUntil(TokenKind.STRING, close < 0 ? lineEnd(pos) : close + delimiter.length());
            return true;
        }
        return false;
    }

    private boolean markdownLine(char c) {
        int end = lineEnd(pos);
        if (c == '#') {
            int hashes = 0;
            while (pos + hashes < end && src.charAt(pos + hashes) == '#') {
                hashes++;
            }
            if (hashes <= 6 && (pos + hashes == end || src.charAt(pos + hashes) == ' ')) {
                emitUntil(TokenKind.HEADING, end);
                return true;
            }
            return false;
        }
        if (src.startsWith("```", pos) || src.startsWith("~~~", pos)) {
            emitUntil(TokenKind.META, end);
            return true;
        }
        if (c == '>') {
            emitUntil(TokenKind.COMMENT, end);
            return true;
        }
        int marker = pos;
        while (marker < end && isDigit(src.charAt(marker)) && marker - pos < 9) {
            marker++;
        }
        boolean ordered = marker > pos && marker < end && (src.charAt(marker) == '.' || src.charAt(marker) == ')');
        boolean bullet = marker == pos && (c == '-' || c == '*' || c == '+');
        if ((ordered || bullet) && marker + 1 < end && src.charAt(marker + 1) == ' ') {
            emitUntil(TokenKind.KEYWORD, marker + 1);
            return true;
        }
        return false;
    }

    /** Code spans, emphasis and link addresses within a Markdown line. */
    private boolean markdownInline(char c) {
        int end = lineEnd(pos);
        if (c == '`') {
            int close = find("`", pos + 1, end);
            if (close > 0) {
                emitUntil(TokenKind.STRING, close + 1);
                return true;
            }
            return false;
        }
        if ((c == '*' || c == '_') && pos + 1 < end && !Character.isWhitespace(src.charAt(pos + 1))) {
            String delimiter = src.startsWith(c == '*' ? "**" : "__", pos) ? src.substring(pos, pos + 2)
                    : String.valueOf(c);
            int close = find(delimiter, pos + delimiter.length(), end);
            if (close > pos + delimiter.length()) {
                emitUntil(TokenKind.EMPHASIS, close + delimiter.length());
                return true;
            }
            return false;
        }
        if (c == ']' && pos + 1 < end && src.charAt(pos + 1) == '(') {
            int close = find(")", pos + 2, end);
            if (close > 0) {
                plain.append(']');
                pos++;
                emitUntil(TokenKind.STRING, close + 1);
                return true;
            }
        }
        return false;
    }

    private void number() {
        int end = pos;
        boolean hex = src.startsWith("0x", pos) || src.startsWith("0X", pos);
        while (end < limit) {
            char c = src.charAt(end);
            if (Character.isLetterOrDigit(c) || c == '_') {
                end++;
            } else if (c == '.' && end + 1 < limit && isDigit(src.charAt(end + 1))) {
                end++;
            } else if ((c == '+' || c == '-') && !hex && end > pos
                    && (src.charAt(end - 1) == 'e' || src.charAt(end - 1) == 'E')) {
                end++;
            } else {
                break;
            }
        }
        spend(end - pos);
        emitUntil(TokenKind.NUMBER, end);
        previousWord = "";
    }

    private void word() {
        int start = pos;
        int end = pos + 1;
        while (end < limit && isWordPart(src.charAt(end))) {
            end++;
        }
        spend(end - start);
        String word = src.substring(start, end);
        if (language.has(Rule.STRING_PREFIXES) && STRING_PREFIXES.contains(word) && quoted(start, end)) {
            return;
        }
        pos = end;
        TokenKind kind = classify(word);
        emit(kind, word);
        previousWord = kind == TokenKind.KEYWORD ? word : "";
    }

    private TokenKind classify(String word) {
        String key = language.has(Rule.CASE_INSENSITIVE) ? word.toLowerCase(Locale.ROOT) : word;
        boolean functions = language.has(Rule.FUNCTION_CALLS);
        if (functions && DEFINERS.contains(previousWord)) {
            return TokenKind.FUNCTION;
        }
        if (functions && TYPE_DEFINERS.contains(previousWord) && !language.keywords().contains(key)) {
            return TokenKind.TYPE;
        }
        if (language.keywords().contains(key)) {
            return TokenKind.KEYWORD;
        }
        if (language.constants().contains(key)) {
            return TokenKind.CONSTANT;
        }
        if (language.types().contains(key)) {
            return TokenKind.TYPE;
        }
        if (language.builtins().contains(key)) {
            return TokenKind.BUILTIN;
        }
        if (functions && pos < limit && src.charAt(pos) == '(') {
            return TokenKind.FUNCTION;
        }
        if (language.has(Rule.CAPITALIZED_TYPES) && Character.isUpperCase(word.charAt(0))) {
            boolean lower = word.chars().anyMatch(Character::isLowerCase);
            return lower ? TokenKind.TYPE : word.length() > 1 ? TokenKind.CONSTANT : TokenKind.PLAIN;
        }
        return TokenKind.PLAIN;
    }

    private boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || (c == '$' && language.has(Rule.DOLLAR_IN_NAMES));
    }

    private boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || (c == '$' && language.has(Rule.DOLLAR_IN_NAMES));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the character before {@code pos} belongs to a word (so {@code a@b} and {@code x.5} are not split). */
    private boolean afterWord() {
        return pos > 0 && isWordPart(src.charAt(pos - 1));
    }

    /** The next character on this line that is not a space, or 0. */
    private char nextVisible() {
        for (int i = pos; i < limit; i++) {
            spend(1);
            char c = src.charAt(i);
            if (c == '\n') {
                return 0;
            }
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    /** Where the line holding {@code from} ends (its newline, or the text's or the range's end). */
    private int lineEnd(int from) {
        // remembered, so asking again on the same line costs nothing
        if (from < lineEndFrom || from > lineEndAt) {
            int newline = src.indexOf('\n', from);
            lineEndFrom = from;
            lineEndAt = newline < 0 ? src.length() : newline;
        }
        return Math.min(lineEndAt, limit);
    }

    /** Where {@code text} next occurs in {@code [from, end)}, or -1. */
    private int find(String text, int from, int end) {
        int at = src.indexOf(text, from);
        int found = at >= 0 && at + text.length() <= end ? at : -1;
        spend((found < 0 ? end : found) - from);
        return found;
    }

    private void spend(long steps) {
        work += Math.max(0, steps);
        if (work > budget) {
            throw new OverBudget();
        }
    }

    private void emitUntil(TokenKind kind, int end) {
        emit(kind, src.substring(pos, end));
        pos = end;
    }

    private void emit(TokenKind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (kind == TokenKind.PLAIN) {
            plain.append(text);
            return;
        }
        flush();
        tokens.add(new CodeToken(kind, text));
    }

    private void flush() {
        if (!plain.isEmpty()) {
            tokens.add(new CodeToken(TokenKind.PLAIN, plain.toString()));
            plain.setLength(0);
        }
    }
}
