package io.github.conglongli.site.content;

/**
 * Where an item of the content was written: its file, line and column, for error messages.
 *
 * <p>Every position is equal to every other: a position is not part of what an item says, and
 * items are compared to decide whether their pages must be rendered again. Adding a line above
 * a paper moves it down the file without changing its page.
 */
public record Source(String file, int line, int column) {

    /** "line 12" within the same file as {@code other}, else "file:12". */
    public String where(Source other) {
        return file.equals(other.file()) ? "line " + line : file + ":" + line;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
