package io.github.conglongli.site.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fuzzer's input read as a set of content files, so one input can break several files at
 * once. Each file starts with a line {@code @@ <name>} naming one of the content files; its
 * bytes are everything up to the next such line, exactly as written (any bytes at all, not
 * necessarily UTF-8). Bytes before the first marker, and sections with other names, are
 * ignored; a name given twice keeps its last section. The seed files are readable this way:
 *
 * <pre>
 * &#64;&#64; site.yaml
 * title: Test
 * &#64;&#64; profile.yaml
 * name: Ada
 * </pre>
 */
record ContentBundle(Map<String, byte[]> files) {

    static final List<String> NAMES = List.of(ContentLoader.SITE, ContentLoader.PROFILE, ContentLoader.PUBLICATIONS,
            ContentLoader.EXPERIENCE, ContentLoader.NEWS, ContentLoader.BIBTEX);
    private static final byte[] MARKER = "@@ ".getBytes(StandardCharsets.US_ASCII);

    static ContentBundle parse(byte[] input) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = null;
        int start = 0;
        for (int line = 0; line < input.length; ) {
            int next = nextLine(input, line);
            if (isMarker(input, line)) {
                if (name != null) {
                    files.put(name, Arrays.copyOfRange(input, start, line));
                }
                String declared = new String(input, line + MARKER.length, next - line - MARKER.length,
                        StandardCharsets.ISO_8859_1).strip();
                name = NAMES.contains(declared) ? declared : null;
                start = next;
            }
            line = next;
        }
        if (name != null) {
            files.put(name, Arrays.copyOfRange(input, start, input.length));
        }
        return new ContentBundle(files);
    }

    /** Writes the files into {@code dir}, deleting the content files this bundle does not have. */
    void writeTo(Path dir) throws IOException {
        for (String name : NAMES) {
            byte[] bytes = files.get(name);
            if (bytes == null) {
                Files.deleteIfExists(dir.resolve(name));
            } else {
                Files.write(dir.resolve(name), bytes);
            }
        }
    }

    private static boolean isMarker(byte[] input, int at) {
        return input.length - at >= MARKER.length && Arrays.equals(input, at, at + MARKER.length, MARKER, 0,
                MARKER.length);
    }

    /** The index just past the end of the line starting at {@code at} (its '\n' included). */
    private static int nextLine(byte[] input, int at) {
        for (int i = at; i < input.length; i++) {
            if (input[i] == '\n') {
                return i + 1;
            }
        }
        return input.length;
    }
}
