package io.github.conglongli.site.content.markdown.code;

/**
 * A string literal's delimiters: how it opens and closes, whether a backslash escapes the next
 * character, and whether it may run over several lines (an unclosed one-line string ends at the
 * line's end, so a stray apostrophe in a comment colours nothing). A character literal closes
 * within {@code maxLength} characters or is none, so Rust's lifetime {@code 'a} stays plain.
 */
record Quote(String open, String close, boolean escapes, boolean multiline, int maxLength) {

    static Quote line(String delimiter) {
        return new Quote(delimiter, delimiter, true, false, 0);
    }

    static Quote raw(String delimiter) {
        return new Quote(delimiter, delimiter, false, false, 0);
    }

    static Quote block(String delimiter) {
        return new Quote(delimiter, delimiter, true, true, 0);
    }

    /** A one-character literal such as {@code 'x'} or {@code '\n'}, up to an escaped code point. */
    static Quote character(String delimiter) {
        return new Quote(delimiter, delimiter, true, false, 10);
    }

    /** Text that may hold newlines and no escapes, such as a block comment or a Go raw string. */
    static Quote verbatim(String open, String close) {
        return new Quote(open, close, false, true, 0);
    }
}
