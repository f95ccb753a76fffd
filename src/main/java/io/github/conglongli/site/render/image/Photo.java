package io.github.conglongli.site.render.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A portrait for the site card: the centre square of a picture, at most {@value #SIDE} pixels a
 * side, on white where it was transparent. A value: two photos with the same pixels are equal,
 * so a card with a photo is still a value that can key a cache.
 */
public final class Photo {

    static {
        Headless.ensure();
    }

    /** Enough for the card's circle on a 2x screen; no more is kept. */
    static final int SIDE = 512;
    /** Larger pictures are refused rather than decoded: a 100-megapixel PNG would fill the heap. */
    private static final long MAX_PIXELS = 100_000_000L;

    private final int side;
    private final int[] rgb;

    private Photo(int side, int[] rgb) {
        this.side = side;
        this.rgb = rgb;
    }

    /**
     * Reads a PNG or JPEG (or any format the JDK reads). A large picture is subsampled while it
     * is decoded, so memory stays near what the result needs.
     *
     * @throws IOException if the bytes are not such an image, or it is absurdly large
     */
    public static Photo decode(byte[] image) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image the JDK can read (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new IOException("the picture is " + width + "x" + height + " pixels, too large to read");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.min(width, height) / (2 * SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return of(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The photo of an image already in memory (the image is copied, not kept). */
    public static Photo of(BufferedImage image) {
        int crop = Math.min(image.getWidth(), image.getHeight());
        BufferedImage square = image.getSubimage((image.getWidth() - crop) / 2, (image.getHeight() - crop) / 2, crop, crop);
        int side = Math.min(crop, SIDE);
        BufferedImage scaled = scale(square, side);
        return new Photo(side, scaled.getRGB(0, 0, side, side, null, 0, side));
    }

    /** The photo as an opaque image of {@code size} x {@code size} pixels. */
    BufferedImage image(int size) {
        BufferedImage full = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        full.setRGB(0, 0, side, side, rgb, 0, side);
        return scale(full, size);
    }

    /**
     * Scales in halving steps, then once bicubically: one big bicubic step from a large picture
     * samples too few of its pixels and looks grainy.
     */
    private static BufferedImage scale(BufferedImage source, int size) {
        BufferedImage current = source;
        do {
            current = drawn(current, Math.max(size, current.getWidth() / 2));
        } while (current.getWidth() > size);
        return current;
    }

    /** The image drawn at {@code side} x {@code side} on white, opaque. */
    private static BufferedImage drawn(BufferedImage source, int side) {
        BufferedImage target = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, side, side, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    public int side() {
        return side;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo photo && photo.side == side && Arrays.equals(photo.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * side + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "Photo[" + side + "x" + side + "]";
    }
}
