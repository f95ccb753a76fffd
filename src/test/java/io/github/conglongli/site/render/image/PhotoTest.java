package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PhotoTest {

    static BufferedImage picture(int width, int height, Color color) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, bytes), "no " + format + " writer");
        return bytes.toByteArray();
    }

    @Test
    void readsPngAndJpeg() throws IOException {
        Photo png = Photo.decode(encode(picture(200, 300, Color.RED), "png"));
        assertEquals(200, png.side());
        assertEquals(0xff0000, png.image(10).getRGB(5, 5) & 0xFFFFFF);
        BufferedImage opaque = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Photo jpeg = Photo.decode(encode(opaque, "jpg"));
        assertEquals(80, jpeg.side());
    }

    @Test
    void aLargePictureIsKeptAtMost512PixelsASide() throws IOException {
        assertEquals(Photo.SIDE, Photo.decode(encode(picture(3000, 2000, Color.BLUE), "png")).side());
        assertEquals(Photo.SIDE, Photo.of(picture(1500, 1100, Color.BLUE)).side());
    }

    @Test
    void transparencyBecomesWhite() {
        Photo photo = Photo.of(picture(50, 50, new Color(0, 0, 0, 0)));
        assertEquals(0xffffff, photo.image(50).getRGB(25, 25) & 0xFFFFFF);
    }

    @Test
    void photosWithTheSamePixelsAreEqual() {
        assertEquals(Photo.of(picture(64, 64, Color.GREEN)), Photo.of(picture(64, 64, Color.GREEN)));
        assertEquals(Photo.of(picture(64, 64, Color.GREEN)).hashCode(), Photo.of(picture(64, 64, Color.GREEN)).hashCode());
        assertNotEquals(Photo.of(picture(64, 64, Color.GREEN)), Photo.of(picture(64, 64, Color.RED)));
    }

    @Test
    void bytesThatAreNoImageAreAnIOException() {
        assertThrows(IOException.class, () -> Photo.decode("<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> Photo.decode(new byte[0]));
    }
}
