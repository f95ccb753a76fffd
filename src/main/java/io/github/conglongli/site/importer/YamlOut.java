package io.github.conglongli.site.importer;

import io.github.conglongli.site.init.YamlScalar;
import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists and text as block-style YAML an owner can read and edit: each text a plain
 * scalar when that reads back as the same text, else double-quoted ({@link YamlScalar}), and text
 * of several lines as a literal block. Numbers and booleans are written as they are.
 */
final class YamlOut {

    private YamlOut() {}

    /** A whole document: a mapping at the top. */
    static String document(Map<String, ?> root) {
        StringBuilder s = new StringBuilder();
        mapping(root, 0, s);
        return s.toString();
    }

    private static void mapping(Map<String, ?> map, int indent, StringBuilder s) {
        for (Map.Entry<String, ?> e : map.entrySet()) {
            s.append(" ".repeat(indent));
            s.append(YamlScalar.of(e.getKey())).append(':');
            value(e.getValue(), indent, s);
        }
    }

    private static void value(Object value, int indent, StringBuilder s) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                s.append(" {}\n");
                return;
            }
            s.append('\n');
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) map;
            mapping(typed, indent + 2, s);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                s.append(" []\n");
                return;
            }
            s.append('\n');
            for (Object item : list) {
                s.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof Map<?, ?> map && !map.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> typed = (Map<String, ?>) map;
                    StringBuilder inner = new StringBuilder();
                    mapping(typed, indent + 4, inner);
                    // the first key sits after "- ", the rest under it
                    s.append(inner.substring(indent + 4));
                } else {
                    StringBuilder inner = new StringBuilder();
                    value(item, indent + 2, inner);
                    s.append(inner.substring(1)); // drop the space value() puts after a key's colon
                }
            }
        } else if (value instanceof Number || value instanceof Boolean) {
            s.append(' ').append(value).append('\n');
        } else {
            text(String.valueOf(value), indent, s);
        }
    }

    private static void text(String text, int indent, StringBuilder s) {
        if (text.contains("\n") && isBlockSafe(text)) {
            s.append(" |-\n");
            String pad = " ".repeat(indent + 2);
            for (String line : text.strip().split("\n", -1)) {
                s.append(line.isEmpty() ? "" : pad + line).append('\n');
            }
        } else {
            s.append(' ').append(YamlScalar.of(text)).append('\n');
        }
    }

    /**
     * Whether a literal block holds {@code text} exactly (after stripping): no tabs or controls
     * a block cannot carry, no trailing blanks on a line, and a first line not indented (which
     * would set the block's indentation).
     */
    private static boolean isBlockSafe(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        for (String line : t.split("\n", -1)) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                return false;
            }
        }
        return t.codePoints().noneMatch(c -> c != '\n' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                || c == 0xFEFF || c == 0x85));
    }
}
