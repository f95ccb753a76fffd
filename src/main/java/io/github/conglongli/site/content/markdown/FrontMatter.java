package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.source.ContentError;

/**
 * A Markdown file cut in two: the YAML between the {@code ---} lines at its top, and the
 * Markdown body after them. Both remember the line of the file they start on, so that a
 * problem found in either can be reported at its line in the whole file.
 *
 * @param yaml the text between the two {@code ---} lines, line endings as written
 * @param yamlLine the 1-based line of the file on which {@code yaml} starts (always 2)
 * @param body the text after the closing {@code ---} line, line endings as written
 * @param bodyLine the 1-based line of the file on which {@code body} starts
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String DELIMITER = "---";

    /**
     * Splits {@code text}, the content of {@code file} (the name errors are reported under). A
     * leading byte order mark is ignored; lines may end in LF, CRLF or CR.
     */
    public static FrontMatterSplit split(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Lines lines = new Lines(content);
        if (!lines.next() || !isDelimiter(lines.text())) {
            return new FrontMatterSplit.Failed(new ContentError(file, 1, 1,
                    "expected front matter starting with '---' on the first line"));
        }
        int yamlStart = lines.nextStart();
        while (lines.next()) {
            if (isDelimiter(lines.text())) {
                return new FrontMatterSplit.Found(new FrontMatter(
                        content.substring(yamlStart, lines.start()), 2,
                        content.substring(lines.nextStart()), lines.number() + 1));
            }
        }
        return new FrontMatterSplit.Failed(new ContentError(file, 1, 1,
                "the front matter starting here is never closed: end it with a line of '---' before the text"));
    }

    /** Trailing spaces are forgiven: they are invisible in an editor. */
    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals(DELIMITER);
    }

    /** The line of the file on which line {@code lineOfYaml} (1-based) of {@link #yaml} is. */
    public int fileLine(int lineOfYaml) {
        return lineOfYaml + yamlLine - 1;
    }

    /**
     * {@link #yaml} preceded by an empty line for each line above it in the file, so a YAML parser
     * reading it reports the file's own line numbers (the front matter's columns are the file's
     * anyway). Empty lines before the first key do not change what the YAML means.
     */
    public String yamlOnFileLines() {
        return "\n".repeat(yamlLine - 1) + yaml;
    }

    /** Moves an error found by parsing {@link #yaml} alone to its line in the whole file. */
    public ContentError inFile(ContentError errorInYaml) {
        if (errorInYaml.line() <= 0) {
            return errorInYaml;
        }
        return new ContentError(errorInYaml.file(), fileLine(errorInYaml.line()), errorInYaml.column(),
                errorInYaml.message());
    }

    /** Walks the lines of a text, whatever its line endings, remembering where each starts. */
    private static final class Lines {
        private final String text;
        private int number;
        private int start;
        private int end;
        private int nextStart;

        Lines(String text) {
            this.text = text;
        }

        boolean next() {
            if (number > 0 && nextStart >= text.length()) {
                return false;
            }
            start = nextStart;
            end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            nextStart = end;
            if (nextStart < text.length() && text.charAt(nextStart) == '\r') {
                nextStart++;
            }
            if (nextStart < text.length() && text.charAt(nextStart) == '\n') {
                nextStart++;
            }
            number++;
            return true;
        }

        int number() {
            return number;
        }

        int start() {
            return start;
        }

        int nextStart() {
            return nextStart;
        }

        String text() {
            return text.substring(start, end);
        }
    }
}
