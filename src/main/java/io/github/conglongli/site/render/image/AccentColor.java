package io.github.conglongli.site.render.image;

import java.awt.Color;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site's accent colour, {@code 0xRRGGBB}. Contrast follows WCAG 2: relative luminance of
 * linear sRGB, ratio {@code (lighter + 0.05) / (darker + 0.05)}.
 */
public record AccentColor(int rgb) {

    /** Text on a light accent: near-black, softer than pure black on a coloured square. */
    static final Color INK = new Color(0x111111);
    /** WCAG AA for normal-size text. */
    static final double READABLE = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    public AccentColor {
        if ((rgb & ~0xFFFFFF) != 0) {
            throw new IllegalArgumentException("not a 24-bit RGB colour: " + Integer.toHexString(rgb));
        }
    }

    /** Reads {@code #rrggbb} (either case); anything else is an {@link IllegalArgumentException}. */
    public static AccentColor parse(String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("an accent colour is written #rrggbb, got '" + hex + "'");
        }
        return new AccentColor(HexFormat.fromHexDigits(hex, 1, 7));
    }

    /** {@code #rrggbb} in lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%06x", rgb);
    }

    public Color color() {
        return new Color(rgb);
    }

    /** White or near-black, whichever contrasts more with the accent: the colour of text on it. */
    public Color foreground() {
        return contrast(color(), Color.WHITE) >= contrast(color(), INK) ? Color.WHITE : INK;
    }

    /**
     * The accent, darkened just enough to be readable as text on a light background: a pale
     * accent such as gold would otherwise vanish on white.
     */
    Color readableOn(Color background) {
        Color c = color();
        for (int step = 1; contrast(c, background) < READABLE && step <= 20; step++) {
            c = mix(color(), Color.BLACK, step / 20.0);
        }
        return c;
    }

    /** The accent over white with the given opacity, as an opaque colour. */
    Color tint(double opacity) {
        return mix(Color.WHITE, color(), opacity);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static Color mix(Color from, Color to, double t) {
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }
}
