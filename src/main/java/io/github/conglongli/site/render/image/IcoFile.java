package io.github.conglongli.site.render.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The ICO container: a 6-byte header, a 16-byte entry per image, then the images. Each image is
 * a PNG, which every browser and Windows since Vista reads from an ICO. Little-endian throughout.
 */
final class IcoFile {

    /** One image in the file: its side in pixels (1 to 256) and its PNG bytes. */
    record Image(int size, byte[] png) {
        Image {
            if (size < 1 || size > 256) {
                throw new IllegalArgumentException("an ICO image is 1 to 256 pixels wide, not " + size);
            }
        }
    }

    private static final int HEADER = 6;
    private static final int ENTRY = 16;

    private IcoFile() {}

    static byte[] of(List<Image> images) {
        int total = HEADER + ENTRY * images.size() + images.stream().mapToInt(image -> image.png().length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0); // reserved
        out.putShort((short) 1); // type: icon (2 would be a cursor)
        out.putShort((short) images.size());
        int offset = HEADER + ENTRY * images.size();
        for (Image image : images) {
            out.put((byte) (image.size() % 256)); // width; 0 means 256
            out.put((byte) (image.size() % 256)); // height
            out.put((byte) 0); // colours in the palette: none
            out.put((byte) 0); // reserved
            out.putShort((short) 1); // colour planes
            out.putShort((short) 32); // bits per pixel
            out.putInt(image.png().length);
            out.putInt(offset);
            offset += image.png().length;
        }
        for (Image image : images) {
            out.put(image.png());
        }
        return out.array();
    }
}
