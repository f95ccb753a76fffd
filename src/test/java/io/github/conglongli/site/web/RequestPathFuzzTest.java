package io.github.conglongli.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Fuzzes {@link RequestPath#decode} with arbitrary raw paths (the input's bytes read as UTF-8).
 * Whatever it is given, it never throws, and a path it accepts is what a strict percent- and
 * UTF-8 decoder makes of it, starts with '/', and holds no NUL, no backslash and no slash that
 * was not already a slash in the raw path, so no odd spelling can alias another page or file.
 * Seeds (tricky spellings such as {@code /%2e%2e/} and {@code %c0%ae}) are in
 * {@code RequestPathFuzzTestInputs/}.
 */
class RequestPathFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void decodedPathsAreStrictAndCannotAliasAnotherPath(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);

        Optional<String> decoded = RequestPath.decode(raw);

        if (decoded.isEmpty()) {
            return;
        }
        String path = decoded.get();
        assertTrue(path.startsWith("/"), () -> "decoded '" + raw + "' to a relative path");
        assertFalse(path.indexOf('\0') >= 0, () -> "NUL in the path decoded from '" + raw + "'");
        assertFalse(path.indexOf('\\') >= 0, () -> "backslash in the path decoded from '" + raw + "'");
        assertEquals(count(raw, '/'), count(path, '/'), () -> "an encoded slash in '" + raw + "'");
        assertEquals(strictlyDecoded(raw), decoded, () -> "'" + raw + "' decoded differently");
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    /** The reference: percent-decode the UTF-8 bytes, then read them as strict UTF-8. */
    private static Optional<String> strictlyDecoded(String raw) {
        byte[] utf8 = raw.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] != '%') {
                bytes.write(utf8[i]);
                continue;
            }
            if (i + 2 >= utf8.length) {
                return Optional.empty();
            }
            int hi = Character.digit(utf8[i + 1], 16);
            int lo = Character.digit(utf8[i + 2], 16);
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes.write(hi * 16 + lo);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
