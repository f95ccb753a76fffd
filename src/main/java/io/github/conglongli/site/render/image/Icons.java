package io.github.conglongli.site.render.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The site's icons, drawn from its {@link Monogram}: {@code favicon.svg}, {@code favicon.ico}
 * (16, 32 and 48 pixels) and PNGs of any size (180 for the apple-touch-icon, 192 and 512 for the
 * web manifest). The PNGs and the ICO are drawn with the bundled typeface, so they look the same
 * everywhere; the SVG names a font stack and leaves the letters to the browser.
 */
public final class Icons {

    public static final List<Integer> ICO_SIZES = List.of(16, 32, 48);

    /** Corner radius of the rounded square, as a share of its side. */
    private static final double CORNER = 0.22;
    private static final int SVG_SIDE = 64;
    private static final String SVG_FONTS =
            "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Helvetica, Arial, sans-serif";

    private final Typeface typeface;

    public Icons(Typeface typeface) {
        this.typeface = Objects.requireNonNull(typeface, "typeface");
    }

    /** {@code favicon.svg}: the rounded square with the initials, or the neutral dot. */
    public String svg(Monogram monogram) {
        String fill = monogram.accent().hex();
        String ink = hex(monogram.accent().foreground().getRGB());
        String radius = format(SVG_SIDE * CORNER);
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\">")
                .append("<rect width=\"64\" height=\"64\" rx=\"").append(radius).append("\" fill=\"").append(fill).append("\"/>");
        if (monogram.initials().isBlank()) {
            svg.append("<circle cx=\"32\" cy=\"32\" r=\"9\" fill=\"").append(ink).append("\"/>");
        } else {
            int letters = monogram.initials().codePointCount(0, monogram.initials().length());
            svg.append("<text x=\"32\" y=\"32\" dominant-baseline=\"central\" text-anchor=\"middle\" font-family=\"")
                    .append(SVG_FONTS).append("\" font-size=\"").append(letters == 1 ? 36 : 27)
                    .append("\" font-weight=\"700\" fill=\"").append(ink).append("\">")
                    .append(escape(monogram.initials())).append("</text>");
        }
        return svg.append("</svg>\n").toString();
    }

    /** {@code favicon.ico}: rounded squares of 16, 32 and 48 pixels, each a PNG. */
    public byte[] ico(Monogram monogram) {
        return IcoFile.of(ICO_SIZES.stream()
                .map(size -> new IcoFile.Image(size, png(monogram, size, IconShape.ROUNDED)))
                .toList());
    }

    /** A square PNG of {@code size} pixels (1 to 4096). */
    public byte[] png(Monogram monogram, int size, IconShape shape) {
        if (size < 1 || size > 4096) {
            throw new IllegalArgumentException("an icon is 1 to 4096 pixels wide, not " + size);
        }
        boolean opaque = shape == IconShape.SQUARE;
        BufferedImage image = new BufferedImage(size, size, opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            Shape background = opaque
                    ? new Rectangle2D.Double(0, 0, size, size)
                    : new RoundRectangle2D.Double(0, 0, size, size, size * CORNER * 2, size * CORNER * 2);
            monogram.paint(g, typeface, background, capHeight(size));
        } finally {
            g.dispose();
        }
        return Png.encode(image);
    }

    /** Small icons get relatively bigger letters: at 16 pixels every pixel of height counts. */
    private static double capHeight(int size) {
        return size <= 16 ? 0.56 : size <= 32 ? 0.5 : 0.44;
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replaceAll("\\.?0+$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
