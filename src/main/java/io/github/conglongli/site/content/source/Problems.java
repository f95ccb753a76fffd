package io.github.conglongli.site.content.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors found in one content file; never throws, never prints. */
public final class Problems {

    private final String file;
    private final List<ContentError> errors = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void at(int line, int column, String message) {
        errors.add(new ContentError(file, line, column, message));
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
