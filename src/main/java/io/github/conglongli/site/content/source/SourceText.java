package io.github.conglongli.site.content.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The text of a content file: its size bounded, its bytes strict UTF-8. */
public final class SourceText {

    /**
     * Large enough for a lab's 10,000-paper BibTeX or YAML file (about 5 MB), small enough that a
     * hostile file cannot exhaust a small heap while it is parsed.
     */
    public static final int MAX_FILE_BYTES = 16 << 20;

    private SourceText() {}

    /**
     * Whether {@code text} holds a NUL character, reported at its place: no text file needs one,
     * and a file full of them was saved as UTF-16 or by a word processor. Parsers treat NUL each
     * their own way (CommonMark replaces it, YAML refuses it with its own words), so it is refused
     * once, here, for every content file.
     */
    private static boolean refuseNul(String text, Problems problems) {
        int at = text.indexOf('\0');
        if (at < 0) {
            return false;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.at(line, at - lineStart + 1, "a NUL character (byte 0x00): content files are plain text; "
                + "save the file as UTF-8 text");
        return true;
    }

    /**
     * The file's text, or an error: too large, not valid UTF-8, or holding a NUL character (one error with the byte's line,
     * column and offset). A leading byte order mark is dropped.
     */
    public static Optional<String> decode(byte[] bytes, Problems problems) {
        if (bytes.length > MAX_FILE_BYTES) {
            problems.file("file is " + bytes.length + " bytes; content files are limited to "
                    + MAX_FILE_BYTES + " bytes");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            CharBuffer chars = decoder.decode(in);
            String s = chars.toString();
            String text = s.startsWith("\uFEFF") ? s.substring(1) : s;
            return refuseNul(text, problems) ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            // decode() leaves the buffer at the start of the malformed sequence
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            problems.at(line, offset - lineStart + 1, String.format(
                    "not valid UTF-8: byte 0x%02X at byte offset %d; save the file as UTF-8",
                    bytes[offset] & 0xff, offset));
            return Optional.empty();
        }
    }
}
