package io.github.conglongli.site.importer;

import io.github.conglongli.site.content.source.Accents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading the loosely typed values of the old site's YAML: text, lists, nested fields, slugs. */
final class Fields {

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");

    private Fields() {}

    /** A field's value as one line of text; empty when absent, blank or not text. */
    static Optional<String> text(Map<String, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Map || value instanceof List) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The first of these fields that has text. */
    static Optional<String> first(Map<String, ?> map, String... keys) {
        for (String key : keys) {
            Optional<String> value = text(map, key);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Map<String, ?> map, String key) {
        return map.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A list of mappings; other items are skipped. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> mappings(Object value) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> {
                if (item instanceof Map<?, ?> m) {
                    out.add((Map<String, Object>) m);
                }
            });
        }
        return out;
    }

    /** A list of texts; one text is a list of one. */
    static List<String> texts(Map<String, ?> map, String key) {
        Object value = map.get(key);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> {
                if (item != null && !(item instanceof Map) && !(item instanceof List) && !item.toString().isBlank()) {
                    out.add(item.toString().strip());
                }
            });
        } else if (value != null && !(value instanceof Map) && !value.toString().isBlank()) {
            out.add(value.toString().strip());
        }
        return out;
    }

    static boolean isTrue(Map<String, ?> map, String key) {
        Object value = map.get(key);
        return value instanceof Boolean b ? b : value != null && value.toString().strip().equalsIgnoreCase("true");
    }

    /** Text without HTML tags and entities, on one line: for titles and short fields written with markup. */
    static String plain(String text) {
        return HTML_TAG.matcher(text).replaceAll("").replace("&amp;", "&").replace("&nbsp;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replaceAll("\\s+", " ").strip();
    }

    /** A slug for addresses and file names: lower-case ASCII words joined by hyphens. */
    static String slug(String text) {
        String s = Accents.strip(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "untitled" : s;
    }

    /** A file name without its date prefix and extension: {@code 2019-06-12-my-talk.md} is {@code my-talk}. */
    static String baseName(String fileName) {
        return fileName.replaceFirst("\\.(md|markdown|html)$", "").replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "")
                .replaceFirst("^\\d{8}-", "");
    }
}
