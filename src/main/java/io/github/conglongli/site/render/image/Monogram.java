package io.github.conglongli.site.render.image;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * Initials on the accent colour: the favicon, and the mark on cards. Empty {@code initials}
 * (a name in a script the typeface lacks) draw a neutral dot instead of letters.
 */
public record Monogram(String initials, AccentColor accent) {

    public Monogram {
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(accent, "accent");
    }

    /** The initials of the name (see {@link Initials}), or the neutral dot if it has none. */
    public static Monogram of(String name, AccentColor accent, Typeface typeface) {
        return new Monogram(Initials.of(name, typeface).orElse(""), accent);
    }

    /**
     * Fills the shape with the accent and centres the initials in its bounds, capital letters
     * {@code capHeight} of the bounds' height tall (never wider than 3/4 of it). Sizing and
     * centring go by the capital height, not by the letters' own outline, so the accents of "ÖÇ"
     * stick out as they should instead of shrinking the letters. Initials the typeface cannot draw
     * (possible only if they were not made by {@link Initials}) get the dot: never a box.
     */
    void paint(Graphics2D g, Typeface typeface, Shape background, double capHeight) {
        g.setColor(accent.color());
        g.fill(background);
        Rectangle2D box = background.getBounds2D();
        double side = Math.min(box.getWidth(), box.getHeight());
        g.setColor(accent.foreground());
        if (initials.isBlank() || !typeface.canDraw(initials)) {
            double dot = side * 0.28;
            g.fill(new Ellipse2D.Double(box.getCenterX() - dot / 2, box.getCenterY() - dot / 2, dot, dot));
            return;
        }
        float reference = 100f;
        Font font = typeface.bold(reference);
        double capital = new TextLayout("H", font, TextLines.MEASURE).getBounds().getHeight();
        double width = new TextLayout(initials, font, TextLines.MEASURE).getBounds().getWidth();
        double scale = Math.min(side * capHeight / capital, side * 0.75 / width);
        TextLayout layout = new TextLayout(initials, typeface.bold((float) (reference * scale)), TextLines.MEASURE);
        Rectangle2D bounds = layout.getBounds();
        double baseline = box.getCenterY() + capital * scale / 2;
        layout.draw(g, (float) (box.getCenterX() - bounds.getCenterX()), (float) baseline);
    }
}
