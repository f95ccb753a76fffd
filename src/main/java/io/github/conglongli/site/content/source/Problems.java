package io.github.conglongli.site.content.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors found in one content file, and the paths on this site it links to (see
 * {@link LocalLink}); never throws, never prints.
 */
public final class Problems {

    private final String file;
    private final List<ContentError> errors = new ArrayList<>();
    private final List<ContentError> warnings = new ArrayList<>();
    private final List<LocalLink> links = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void at(int line, int column, String message) {
        errors.add(new ContentError(file, line, column, message));
    }

    /** A problem the site can live with (shown by {@code check}, refused only by {@code check --strict}). */
    public void warn(int line, int column, String message) {
        warnings.add(new ContentError(file, line, column, message));
    }

    /** The warnings in file order. */
    public List<ContentError> warnings() {
        return warnings.stream()
                .sorted(Comparator.comparingInt(ContentError::line).thenComparingInt(ContentError::column))
                .toList();
    }

    /** Notes a link to {@code path} on this site, written as {@code field} at line, column. */
    public void link(String path, String field, int line, int column) {
        links.add(new LocalLink(path, field, file, line, column));
    }

    public List<LocalLink> links() {
        return List.copyOf(links);
    }

    public void file(String message) {
        at(0, 0, message);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors in file order, so `check` reads top to bottom like the file. */
    public List<ContentError> errors() {
        return errors.stream()
                .sorted(Comparator.comparingInt(ContentError::line).thenComparingInt(ContentError::column))
                .toList();
    }
}
