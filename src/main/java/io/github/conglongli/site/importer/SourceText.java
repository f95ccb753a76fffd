package io.github.conglongli.site.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the old site's files: YAML and JSON data, and Markdown with front matter. A file that
 * cannot be read is reported as dropped, with the parser's reason, and reads as empty.
 */
final class SourceText {

    /** A Markdown file: its front matter as a map (empty when it has none) and its body. */
    record Document(Map<String, Object> front, String body) {}

    private static final long MAX_BYTES = 16L << 20;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper toml = new TomlMapper();
    private final Path root;
    private final ImportReport report;

    SourceText(Path root, ImportReport report) {
        this.root = root;
        this.report = report;
    }

    Path root() {
        return root;
    }

    /** The name the report gives a file: its path in the old site. */
    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    Optional<String> text(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                report.dropped(name(file), "larger than 16 MiB");
                return Optional.empty();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (IOException e) {
            report.dropped(name(file), "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A YAML (or JSON) file's top-level mapping; empty when the file is absent, broken or not a mapping. */
    Map<String, Object> mapping(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return text(file).map(t -> asMapping(parse(file, t, format(file)), file)).orElse(Map.of());
    }

    /** A YAML file's top level as it is: a list, a mapping, or empty. */
    Optional<Object> data(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return text(file).map(t -> parse(file, t, format(file)));
    }

    Document document(Path file) {
        String text = text(file).orElse("");
        if (text.startsWith("+++\n")) {
            int end = text.indexOf("\n+++", 3);
            if (end < 0) {
                return new Document(Map.of(), text);
            }
            return new Document(asMapping(parse(file, text.substring(4, end + 1), Format.TOML), file),
                    after(text, end + 4));
        }
        if (!text.startsWith("---\n") && !text.startsWith("---\r")) {
            return new Document(Map.of(), text);
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            return new Document(Map.of(), text);
        }
        String front = text.substring(4, end + 1);
        Object parsed = front.isBlank() ? Map.of() : parse(file, front, Format.YAML);
        return new Document(asMapping(parsed, file), after(text, end + 4));
    }

    private static String after(String text, int index) {
        int lineEnd = text.indexOf('\n', index);
        return lineEnd < 0 ? "" : text.substring(lineEnd + 1);
    }

    private enum Format { YAML, JSON, TOML }

    private static Format format(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? Format.JSON : name.endsWith(".toml") ? Format.TOML : Format.YAML;
    }

    private Object parse(Path file, String text, Format format) {
        try {
            Object value = (switch (format) {
                case JSON -> json;
                case TOML -> toml;
                case YAML -> yaml;
            }).readValue(text, Object.class);
            return value == null ? Map.of() : value;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            var where = e.getLocation();
            report.dropped(name(file) + (where == null ? "" : ":" + where.getLineNr()),
                    "not valid " + format + ": " + (reason == null ? e.getMessage() : reason));
            return Map.of();
        } catch (RuntimeException | StackOverflowError e) {
            report.dropped(name(file), "cannot be parsed: " + e);
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMapping(Object value, Path file) {
        if (value instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        if (!(value instanceof List<?> list && list.isEmpty())) {
            report.dropped(name(file), "expected a mapping of fields at the top");
        }
        return Map.of();
    }
}
