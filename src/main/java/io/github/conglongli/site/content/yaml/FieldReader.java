package io.github.conglongli.site.content.yaml;

import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.content.source.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one YAML mapping into typed values, reporting every problem with its
 * position instead of stopping at the first. Each record's {@code read} method asks for the
 * fields it knows; {@link #finish()} then reports any key nobody asked for as unknown, with a
 * suggestion when it looks like a typo.
 */
public final class FieldReader {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+and\\s+");

    private final YamlNode.Mapping mapping;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    FieldReader(YamlNode.Mapping mapping, Problems problems) {
        this.mapping = mapping;
        this.problems = problems;
    }

    /** Position of this mapping, for errors about the entry as a whole. */
    public int line() {
        return mapping.line();
    }

    public int column() {
        return mapping.column();
    }

    public void error(String message) {
        at(mapping, message);
    }

    /** An error at the value of {@code key}, or at the mapping when the key is absent. */
    public void error(String key, String message) {
        YamlNode at = mapping.entry(key).map(YamlNode.Entry::value).orElse(null);
        if (at != null) {
            at(at, message);
        } else {
            at(mapping, message);
        }
    }

    private Optional<YamlNode> value(String key) {
        known.add(key);
        return mapping.entry(key).map(YamlNode.Entry::value).filter(v -> !(v instanceof YamlNode.Empty));
    }

    public String text(String key) {
        return required(key, optionalText(key), "text", "");
    }

    /**
     * A required field's value; when the field is missing, an error saying what was {@code expected}
     * and {@code absent} in its place (a field present but invalid has its own error already).
     */
    private <T> T required(String key, Optional<T> value, String expected, T absent) {
        if (value.isEmpty() && !has(key)) {
            at(mapping, "missing required field '" + key + "' (expected " + expected + ")");
        }
        return value.orElse(absent);
    }

    public Optional<String> optionalText(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            String text = scalar.text().strip();
            if (text.isEmpty()) {
                at(scalar, "'" + key + "' is empty; write a value or remove the line");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        at(node.get(), "'" + key + "' must be text, got " + node.get().describe());
        return Optional.empty();
    }

    /** Like {@link #optionalText} but the value must be one of {@code choices}. */
    public Optional<String> optionalChoice(String key, List<String> choices) {
        Optional<String> value = optionalText(key);
        if (value.isPresent() && !choices.contains(value.get())) {
            error(key, "'" + key + "' must be one of " + String.join(", ", choices)
                    + ", got '" + value.get() + "'" + Suggestions.didYouMean(value.get(), choices));
            return Optional.empty();
        }
        return value;
    }

    public Optional<Integer> optionalInteger(String key, int min, int max) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            try {
                int value = Integer.parseInt(scalar.text().strip());
                if (value < min || value > max) {
                    at(scalar, "'" + key + "' must be between " + min + " and " + max + ", got " + value);
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                at(scalar, "'" + key + "' must be a whole number, got '" + scalar.text() + "'");
                return Optional.empty();
            }
        }
        at(node.get(), "'" + key + "' must be a whole number, got " + node.get().describe());
        return Optional.empty();
    }

    public int integer(String key, int min, int max) {
        return required(key, optionalInteger(key, min, max), "a whole number", min);
    }

    public boolean flag(String key, boolean absent) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return absent;
        }
        if (node.get() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            String text = scalar.text().strip().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("yes") || text.equals("on");
        }
        at(node.get(), "'" + key + "' must be true or false, got " + describe(node.get()));
        return absent;
    }

    /**
     * A list of text; a single text value is accepted as a list of one, unless it looks like a
     * list written as one line ("Alice Zhang, Bob Kumar"): that would silently be one item, so it
     * is an error that shows the fix.
     */
    public List<String> texts(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar scalar) {
            if (looksLikeList(scalar.text())) {
                at(scalar, listWrittenAsText(key, scalar.text()));
                return List.of();
            }
            return optionalText(key).map(List::of).orElse(List.of());
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            at(node.get(), "'" + key + "' must be a list of text, got " + node.get().describe());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
                out.add(scalar.text().strip());
            } else {
                at(item, "each item of '" + key + "' must be text, got " + describe(item));
            }
        }
        return List.copyOf(out);
    }

    /** A text item of a list with where it was written, for errors found after reading (a broken reference). */
    public record Located(String text, int line, int column) {}

    /** Like {@link #texts}, each item with its position. */
    public List<Located> locatedTexts(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node.get());
        List<String> texts = texts(key);
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < items.size() && i < texts.size(); i++) {
            located.add(new Located(texts.get(i), items.get(i).line(), items.get(i).column()));
        }
        return List.copyOf(located);
    }

    /** An entry of a mapping whose keys the owner chooses, with where its key was written. */
    public record LocatedEntry(String key, String value, int line, int column) {}

    /** A mapping of text to text, e.g. {@code labels: {nav.home: Start}}; which keys are right is checked by the caller. */
    public List<LocatedEntry> textEntries(String key) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Mapping entries)) {
            at(node.get(), "'" + key + "' must be a mapping (key: value pairs), got " + node.get().describe());
            return List.of();
        }
        List<LocatedEntry> out = new ArrayList<>();
        for (YamlNode.Entry entry : entries.entries()) {
            if (entry.value() instanceof YamlNode.Scalar scalar) {
                out.add(new LocatedEntry(entry.key(), scalar.text(), entry.line(), entry.column()));
            } else {
                at(entry.value(), "'" + key + "." + entry.key() + "' must be text, got " + describe(entry.value()));
            }
        }
        return List.copyOf(out);
    }

    /** A date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, as every content file writes dates. */
    public Optional<String> optionalDate(String key) {
        Optional<String> value = optionalText(key);
        if (value.isPresent() && !IsoDates.isValid(value.get())) {
            error(key, "'" + key + "' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '" + value.get() + "'");
            return Optional.empty();
        }
        return value;
    }

    public String date(String key) {
        return required(key, optionalDate(key), "a date such as 2024-05-17", "");
    }

    /**
     * A list whose items are text or mappings: {@code authors: [Ada Lovelace, {given: Teven,
     * family: Le Scao}]}. Each text item goes to {@code fromText}, each mapping to
     * {@code fromMapping}, whose unknown keys are reported as usual.
     */
    public <T> List<T> items(String key, Function<String, T> fromText, Function<FieldReader, T> fromMapping) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            return texts(key).stream().map(fromText).toList();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            at(node.get(), "'" + key + "' must be a list, got " + node.get().describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
                out.add(fromText.apply(scalar.text().strip()));
            } else if (item instanceof YamlNode.Mapping mapping) {
                FieldReader fields = new FieldReader(mapping, problems);
                out.add(fromMapping.apply(fields));
                fields.finish();
            } else {
                at(item, "each item of '" + key + "' must be text or a mapping, got " + describe(item));
            }
        }
        return List.copyOf(out);
    }

    /** Commas or " and " between words: a list someone wrote on one line. */
    private static boolean looksLikeList(String text) {
        return LIST_SEPARATOR.matcher(text).find();
    }

    private static String listWrittenAsText(String key, String text) {
        String items = LIST_SEPARATOR.splitAsStream(text).map(String::strip).filter(item -> !item.isEmpty())
                .map(item -> "- " + item).collect(Collectors.joining(" / "));
        return "'" + key + "' must be a list, one item per line: " + items
                + " (an item that has a comma itself: write it as the only item of a list)";
    }

    public List<String> requiredTexts(String key) {
        List<String> values = texts(key);
        if (values.isEmpty() && !has(key)) {
            at(mapping, "missing required field '" + key + "' (expected a list of text)");
        }
        return values;
    }

    /** A list of mappings, each read by {@code reader}. */
    public <T> List<T> list(String key, Function<FieldReader, T> reader) {
        Optional<YamlNode> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence sequence)) {
            at(node.get(), "'" + key + "' must be a list (items start with '- '), got "
                    + node.get().describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping itemMapping) {
                FieldReader fields = new FieldReader(itemMapping, problems);
                out.add(reader.apply(fields));
                fields.finish();
            } else {
                at(item, "each item of '" + key + "' must be a mapping (key: value pairs), got "
                        + describe(item));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Every key of this mapping, each value a mapping read by {@code reader}, in file order: for a
     * file whose keys are names the owner chooses (venues.yaml's abbreviations).
     */
    public <T> Map<String, T> byKey(Function<FieldReader, T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            known.add(entry.key());
            if (entry.value() instanceof YamlNode.Mapping m) {
                FieldReader fields = new FieldReader(m, problems);
                out.put(entry.key(), reader.apply(fields));
                fields.finish();
            } else {
                at(entry.value(), "'" + entry.key() + "' must be a mapping (key: value pairs), got "
                        + entry.value().describe());
            }
        }
        return out;
    }

    /** A nested mapping read by {@code reader}; an absent key reads an empty mapping. */
    public <T> T mapping(String key, Function<FieldReader, T> reader) {
        Optional<YamlNode> node = value(key);
        YamlNode.Mapping nested;
        if (node.isEmpty()) {
            nested = new YamlNode.Mapping(List.of(), mapping.line(), mapping.column());
        } else if (node.get() instanceof YamlNode.Mapping m) {
            nested = m;
        } else {
            at(node.get(), "'" + key + "' must be a mapping (key: value pairs), got " + node.get().describe());
            nested = new YamlNode.Mapping(List.of(), mapping.line(), mapping.column());
        }
        FieldReader fields = new FieldReader(nested, problems);
        T value = reader.apply(fields);
        fields.finish();
        return value;
    }

    /**
     * A link target: an absolute http(s) URL, a {@code mailto:} address, or a path on this site
     * starting with '/'. Anything else (e.g. {@code javascript:}) is refused.
     */
    public Optional<String> optionalUrl(String key) {
        Optional<String> value = optionalText(key);
        if (value.isPresent() && !Urls.isAllowed(value.get())) {
            error(key, "'" + key + "' must be an http(s) URL or a path starting with '/', got '"
                    + value.get() + "'");
            return Optional.empty();
        }
        value.filter(url -> url.startsWith("/")).ifPresent(path -> {
            YamlNode node = mapping.entry(key).orElseThrow().value();
            problems.link(path, key, node.line(), node.column());
        });
        return value;
    }

    public String url(String key) {
        return required(key, optionalUrl(key), "a URL", "");
    }

    private void at(YamlNode node, String message) {
        problems.at(node.line(), node.column(), message);
    }

    private void at(int line, int column, String message) {
        problems.at(line, column, message);
    }

    /** Reports keys that no reader asked for. Call after reading all known fields. */
    public void finish() {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                String hint = Suggestions.didYouMean(entry.key(), known);
                if (hint.isEmpty()) {
                    hint = "; expected one of: " + String.join(", ", known);
                }
                at(entry.line(), entry.column(), "unknown field '" + entry.key() + "'" + hint);
            }
        }
    }

    /** Whether {@code key} is present with a non-empty value (valid or not). */
    public boolean has(String key) {
        return mapping.entry(key).map(e -> !(e.value() instanceof YamlNode.Empty)).orElse(false);
    }

    private static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.describe() + " '" + scalar.text() + "'";
        }
        return node.describe();
    }

    public static FieldReader root(YamlNode node, Problems problems) {
        if (node instanceof YamlNode.Mapping m) {
            return new FieldReader(m, problems);
        }
        if (!(node instanceof YamlNode.Empty)) {
            problems.at(node.line(), node.column(), "expected the file to be a mapping (key: value pairs), got " + node.describe());
        }
        return new FieldReader(new YamlNode.Mapping(List.of(), 1, 1), problems);
    }
}
