package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.source.Problems;

/**
 * The bounds a Markdown body is held to before it reaches the parser. commonmark-java builds
 * and walks its tree recursively and keeps every node with its source position, so what a page
 * costs grows with how deeply it nests and how many nodes it makes: at the shipped
 * {@code -Xss256k -Xmx128m} a line of 20,000 {@code >} overflowed the stack and a table of
 * 300 rows by 1,000 columns filled the heap. Each bound is far above what a person writes and
 * far below what breaks the parser; each refusal names its line and column. Docs:
 * docs/content-limits.md.
 */
public final class MarkdownLimits {

    /**
     * A 30,000-word chapter is about 200 KB. Markup as dense as it gets (a node every three
     * bytes) at 512 KB needed more than 64 MB of heap to render, half the shipped heap.
     */
    public static final int MAX_FILE_BYTES = 256 << 10;
    /** A paragraph written on one line is a few thousand characters; an image pasted as data is far more. */
    public static final int MAX_LINE_CHARS = 20_000;
    /** Quotes and list items inside each other on one line, counting two columns of indentation as one level. */
    public static final int MAX_BLOCK_NESTING = 32;
    /** Emphasis, strikethrough or link brackets opened and not yet closed within one paragraph. */
    public static final int MAX_INLINE_NESTING = 32;
    /** One run of the same {@code *}, {@code _}, {@code ~} or backtick (a thematic break line excepted). */
    public static final int MAX_DELIMITER_RUN = 32;
    /** Rows times columns of one table: the parser makes a node for every cell, filled in or not. */
    public static final int MAX_TABLE_CELLS = 10_000;

    private MarkdownLimits() {}

    /**
     * Checks {@code body}, which starts on line {@code firstLine} of its file; reports the first
     * place each bound is passed to {@code problems}, and returns whether the body is within all.
     */
    public static boolean check(String body, int firstLine, Problems problems) {
        Scan scan = new Scan(problems);
        int start = 0;
        int lineNumber = firstLine;
        while (start <= body.length() && !scan.stopped) {
            int end = start;
            while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
                end++;
            }
            scan.line(body, start, end, lineNumber);
            if (end >= body.length()) {
                break;
            }
            start = end + (body.startsWith("\r\n", end) ? 2 : 1);
            lineNumber++;
        }
        return problems.isEmpty();
    }

    /** The state of one pass over a body: what is open in the current paragraph and table. */
    private static final class Scan {
        private final Problems problems;
        private boolean stopped;
        private int emphasisDepth;
        private int bracketDepth;
        private int tableRows;
        private int tableColumns;

        Scan(Problems problems) {
            this.problems = problems;
        }

        void line(String text, int start, int end, int number) {
            if (end - start > MAX_LINE_CHARS) {
                refuse(number, MAX_LINE_CHARS + 1, "line is " + (end - start) + " characters long; lines are limited to "
                        + MAX_LINE_CHARS + " (break the paragraph into lines; put images in static/ and link them)");
                return;
            }
            if (isBlank(text, start, end)) {
                emphasisDepth = 0;
                bracketDepth = 0;
                tableRows = 0;
                tableColumns = 0;
                return;
            }
            blockNesting(text, start, end, number);
            table(text, start, end, number);
            if (!isThematicBreak(text, start, end)) {
                inline(text, start, end, number);
            }
        }

        private void blockNesting(String text, int start, int end, int number) {
            int i = start;
            int columns = 0;
            int markers = 0;
            while (i < end) {
                char c = text.charAt(i);
                int at = i;
                // only the indentation before the first marker nests (lists indented under lists);
                // spaces after a marker start its content, or a code block, not a deeper level
                if (c == ' ' || c == '\t') {
                    columns += markers == 0 ? (c == ' ' ? 1 : 4) : 0;
                    i++;
                    continue;
                }
                if (c == '>') {
                    i = afterOneSpace(text, i + 1, end);
                } else {
                    int after = listMarkerEnd(text, i, end);
                    if (after < 0) {
                        return;
                    }
                    i = afterOneSpace(text, after, end);
                }
                markers++;
                if (markers + columns / 2 > MAX_BLOCK_NESTING) {
                    refuse(number, at - start + 1, "quotes and lists are nested more than " + MAX_BLOCK_NESTING
                            + " levels deep here; flatten the structure");
                    return;
                }
            }
        }

        /** The space after a marker belongs to it, not to the indentation of what it contains. */
        private static int afterOneSpace(String text, int i, int end) {
            return i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t') ? i + 1 : i;
        }

        /** The index after a list marker ("-", "+", "*", "12." or "3)") followed by a space or the line's end; else -1. */
        private static int listMarkerEnd(String text, int i, int end) {
            char c = text.charAt(i);
            int after;
            if (c == '-' || c == '+' || c == '*') {
                after = i + 1;
            } else {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j == i || j >= end || (text.charAt(j) != '.' && text.charAt(j) != ')')) {
                    return -1;
                }
                after = j + 1;
            }
            return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
        }

        private void table(String text, int start, int end, int number) {
            int pipes = 0;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '|') {
                    pipes++;
                }
            }
            if (pipes == 0) {
                tableRows = 0;
                tableColumns = 0;
                return;
            }
            tableRows++;
            tableColumns = Math.max(tableColumns, pipes + 1);
            if ((long) tableRows * tableColumns > MAX_TABLE_CELLS) {
                refuse(number, 1, "this table has more than " + MAX_TABLE_CELLS + " cells (" + tableRows + " rows of up to "
                        + tableColumns + " columns so far); split it, or link the data as a file in static/");
            }
        }

        private void inline(String text, int start, int end, int number) {
            int i = start;
            while (i < end && !stopped) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '*' || c == '_' || c == '~' || c == '`') {
                    int runEnd = i;
                    while (runEnd < end && text.charAt(runEnd) == c) {
                        runEnd++;
                    }
                    int run = runEnd - i;
                    if (run > MAX_DELIMITER_RUN) {
                        refuse(number, i - start + 1, "a run of " + run + " '" + c + "' characters; at most "
                                + MAX_DELIMITER_RUN + " in a row are allowed (escape them as \\" + c + ")");
                        return;
                    }
                    if (c != '`') {
                        emphasis(text, i, runEnd, start, end, number);
                    }
                    i = runEnd;
                    continue;
                }
                if (c == '[') {
                    if (++bracketDepth > MAX_INLINE_NESTING) {
                        refuse(number, i - start + 1, "more than " + MAX_INLINE_NESTING
                                + " '[' are open here in one paragraph; close them or escape them as \\[");
                        return;
                    }
                } else if (c == ']') {
                    bracketDepth = Math.max(0, bracketDepth - 1);
                }
                i++;
            }
        }

        /**
         * Counts a run that can only open emphasis as opening it, one that can only close as
         * closing it: CommonMark's left- and right-flanking rules, where punctuation next to a
         * run counts as a boundary ("**term**:" closes). Intraword runs may do either and are
         * left out, so the count is what stays open at most.
         */
        private void emphasis(String text, int runStart, int runEnd, int lineStart, int lineEnd, int number) {
            int before = runStart == lineStart ? ' ' : text.charAt(runStart - 1);
            int after = runEnd == lineEnd ? ' ' : text.charAt(runEnd);
            boolean left = !Character.isWhitespace(after)
                    && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
            boolean right = !Character.isWhitespace(before)
                    && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
            int run = runEnd - runStart;
            if (left && !right) {
                emphasisDepth += run;
                if (emphasisDepth > MAX_INLINE_NESTING) {
                    refuse(number, runStart - lineStart + 1, "emphasis is nested more than " + MAX_INLINE_NESTING
                            + " levels deep in this paragraph (each '*', '_' or '~' opening one not closed yet)");
                }
            } else if (right && !left) {
                emphasisDepth = Math.max(0, emphasisDepth - run);
            }
        }

        private static boolean isPunctuation(int c) {
            return switch (Character.getType(c)) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                        Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                        Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                        Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
                default -> false;
            };
        }

        private void refuse(int line, int column, String message) {
            problems.at(line, Math.max(1, column), message);
            stopped = true;
        }

        private static boolean isBlank(String text, int start, int end) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** "***", "- - -", "_____": a rule, however long, not emphasis. */
        private static boolean isThematicBreak(String text, int start, int end) {
            char mark = 0;
            int count = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    continue;
                }
                if ((c != '*' && c != '-' && c != '_') || (mark != 0 && c != mark)) {
                    return false;
                }
                mark = c;
                count++;
            }
            return count >= 3;
        }
    }
}
