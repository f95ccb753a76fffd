package io.github.conglongli.site.render.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG encoding with nothing but the pixels: no metadata, so no timestamp, and the same image
 * always gives the same bytes (ETags are computed from them). The stream is cached in memory
 * explicitly: ImageIO's default would write a temporary file per image.
 */
final class Png {

    private Png() {}

    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
