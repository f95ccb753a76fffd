package io.github.conglongli.site.content.yaml;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value together with the line and column it starts at. The loader keeps positions for
 * every value so that a validation error found long after parsing can still name its place.
 */
public sealed interface YamlNode {

    int line();

    int column();

    /** How the value is described in error messages ("expected text, got a list"). */
    String describe();

    /** A scalar; {@code text} is the source text, so {@code 2309.1430} keeps its trailing zero. */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN }

        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "text";
                case INTEGER -> "a whole number";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "true/false";
            };
        }
    }

    /** An empty value ({@code key:} with nothing after it, or {@code ~}). */
    record Empty(int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "nothing";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String describe() {
            return "a mapping (key: value pairs)";
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    record Entry(String key, int line, int column, YamlNode value) {}
}
