package io.github.conglongli.site.render.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The frame every card shares, 1200x630 (the size link previews are shown at, 1.91:1): a white
 * page under an accent band, and a footer with the site's monogram and name. Cards draw their
 * content between {@link #CONTENT_TOP} and {@link #CONTENT_BOTTOM}, {@link #MARGIN} from the sides.
 */
final class CardCanvas {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    static final int MARGIN = 80;
    static final int CONTENT_WIDTH = WIDTH - 2 * MARGIN;
    static final int BAND = 12;
    static final int FOOTER_TOP = 534;
    static final int CONTENT_TOP = BAND + 60;
    static final int CONTENT_BOTTOM = FOOTER_TOP - 40;

    static final Color PAGE = Color.WHITE;
    static final Color INK = new Color(0x111418);
    static final Color BODY = new Color(0x3b424a);
    static final Color QUIET = new Color(0x59606a);
    private static final Color FOOTER = new Color(0xf5f6f8);
    private static final Color RULE = new Color(0xe3e6ea);

    private static final int MARK = 44;
    private static final float SITE_NAME_SIZE = 26;
    private static final int SITE_NAME_LINE = 40;

    private final BufferedImage image;
    private final Graphics2D g;
    private final Typeface typeface;
    private final AccentColor accent;

    CardCanvas(Typeface typeface, AccentColor accent) {
        this.typeface = typeface;
        this.accent = accent;
        image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        // grey-scale anti-aliasing: sub-pixel (LCD) text would show colour fringes once scaled
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(PAGE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(accent.color());
        g.fillRect(0, 0, WIDTH, BAND);
    }

    Graphics2D graphics() {
        return g;
    }

    Typeface typeface() {
        return typeface;
    }

    AccentColor accent() {
        return accent;
    }

    /**
     * The footer: the site's monogram and name, only if the typeface can draw the name (a name
     * it cannot draw is left out whole, never drawn with boxes, and its mark with it).
     */
    void footer(String siteName) {
        g.setColor(FOOTER);
        g.fillRect(0, FOOTER_TOP, WIDTH, HEIGHT - FOOTER_TOP);
        g.setColor(RULE);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(0, FOOTER_TOP + 0.5, WIDTH, FOOTER_TOP + 0.5));
        String name = DisplayText.of(siteName);
        if (name.isEmpty() || !typeface.canDraw(name)) {
            return;
        }
        double middle = (FOOTER_TOP + HEIGHT) / 2.0;
        double x = MARGIN;
        Optional<String> initials = Initials.of(name, typeface);
        if (initials.isPresent()) {
            new Monogram(initials.get(), accent).paint(g, typeface,
                    new RoundRectangle2D.Double(x, middle - MARK / 2.0, MARK, MARK, 12, 12), 0.42);
            x += MARK + 16;
        }
        Font font = typeface.regular(SITE_NAME_SIZE);
        text(TextLines.fit(name, font, WIDTH - MARGIN - x), font, QUIET, x, middle - SITE_NAME_LINE / 2.0, SITE_NAME_LINE);
    }

    /** One line of text, vertically centred in the line box that starts at {@code top}. */
    void text(String text, Font font, Color color, double x, double top, double lineHeight) {
        LineMetrics metrics = font.getLineMetrics(text, TextLines.MEASURE);
        double baseline = top + (lineHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, (float) x, (float) baseline);
    }

    /** A rounded pill with a label, {@code height} tall; the caller made the label fit. */
    void pill(String label, Font font, double x, double top, double width, double height) {
        g.setColor(accent.tint(0.12));
        g.fill(new RoundRectangle2D.Double(x, top, width, height, height, height));
        double textX = x + (width - TextLines.width(label, font)) / 2;
        text(label, font, accent.readableOn(accent.tint(0.12)), textX, top, height);
    }

    byte[] png() {
        g.dispose();
        return Png.encode(image);
    }
}
