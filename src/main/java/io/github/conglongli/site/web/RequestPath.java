package io.github.conglongli.site.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the raw request path. The result is only ever used as a key into the snapshot's
 * index of pages and files, never joined onto the file system; decoding strictly (UTF-8 only,
 * no NUL, no encoded slash, no backslash either way) keeps odd spellings from aliasing real pages.
 */
final class RequestPath {

    private RequestPath() {}

    static Optional<String> decode(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.empty();
        }
        if (raw.indexOf('%') < 0) {
            return raw.indexOf('\0') < 0 && raw.indexOf('\\') < 0 ? Optional.of(raw) : Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = hexDigit(raw.charAt(i + 1));
                int lo = hexDigit(raw.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                int b = hi * 16 + lo;
                if (b == 0 || b == '/' || b == '\\') {
                    return Optional.empty();
                }
                bytes.write(b);
                i += 2;
            } else if (c == 0 || c == '\\') {
                return Optional.empty();
            } else if (c > 0x7f) {
                // a whole code point: both halves of a surrogate pair at once, a lone half not at all
                int codePoint = raw.codePointAt(i);
                if (Character.getType(codePoint) == Character.SURROGATE) {
                    return Optional.empty();
                }
                byte[] utf8 = Character.toString(codePoint).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint) - 1;
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** ASCII only: Character.digit would also read '\u0664' or a fullwidth 'F' as a digit. */
    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }
}
