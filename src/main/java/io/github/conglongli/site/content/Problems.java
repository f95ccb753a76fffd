package io.github.conglongli.site.content;

import java.util.ArrayList;
import java.util.List;

/** Collects the errors found in one content file; never throws, never prints. */
final class Problems {

    private final String file;
    private final List<ContentError> errors = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(int line, int column, String message) {
        errors.add(new ContentError(file, line, column, message));
    }

    void at(YamlNode node, String message) {
        at(node.line(), node.column(), message);
    }

    void file(String message) {
        at(0, 0, message);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The errors in file order, so `check` reads top to bottom like the file. */
    List<ContentError> errors() {
        return errors.stream()
                .sorted(java.util.Comparator.comparingInt(ContentError::line).thenComparingInt(ContentError::column))
                .toList();
    }
}
