package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The chunk types of a PNG file, in order: what a test reads to see that no metadata is written. */
final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngChunks() {}

    static List<String> types(byte[] png) {
        assertArrayEquals(SIGNATURE, Arrays.copyOf(png, 8), "PNG signature");
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        List<String> types = new ArrayList<>();
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            in.position(in.position() + length + 4);
        }
        return types;
    }
}
