package io.github.conglongli.site.content.source;

/**
 * One problem found in the content, pointing at the file, line and column (both 1-based) where
 * the site owner has to look. Line and column are 0 when the problem concerns the whole file.
 */
public record ContentError(String file, int line, int column, String message) {

    /** A problem with a whole file or folder (missing, unreadable, misplaced), not a place in it. */
    public static ContentError atFile(String file, String message) {
        return new ContentError(file, 0, 0, message);
    }

    /** The compiler-style form editors and terminals link to: {@code file:line:col: message}. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** The same form, marked as a warning: {@code file:line:col: warning: message}. */
    public String asWarning() {
        return new ContentError(file, line, column, "warning: " + message).toString();
    }
}
