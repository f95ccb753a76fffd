package io.github.conglongli.site.render.image;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Draws a site card: a circle with the photo or the monogram, and beside it the name and the
 * headline, centred on the circle. Whatever the typeface cannot draw is left out: name words in
 * another script, a headline as a whole, the monogram if no initial is drawable.
 */
final class SiteCardLayout {

    private static final int CIRCLE = 248;
    private static final int CIRCLE_GAP = 56;

    private static final float[] NAME_SIZES = {66, 58, 50};
    private static final double NAME_LEADING = 1.14;
    private static final int NAME_MAX_LINES = 2;

    private static final float HEADLINE_SIZE = 32;
    private static final int HEADLINE_LINE = 44;
    private static final int HEADLINE_GAP = 16;
    private static final int HEADLINE_MAX_LINES = 3;

    private static final Color PHOTO_EDGE = new Color(0, 0, 0, 24);

    private SiteCardLayout() {}

    static byte[] render(SiteCard card, Typeface typeface) {
        String name = typeface.drawableWords(card.name());
        String headline = DisplayText.of(card.headline());
        if (!typeface.canDraw(headline)) {
            headline = "";
        }
        Optional<String> initials = Initials.of(card.name(), typeface);
        boolean circle = card.photo().isPresent() || initials.isPresent();

        CardCanvas canvas = new CardCanvas(typeface, card.accent());
        double middle = (CardCanvas.CONTENT_TOP + CardCanvas.CONTENT_BOTTOM) / 2.0;
        double textX = CardCanvas.MARGIN;
        if (circle) {
            Ellipse2D disc = new Ellipse2D.Double(CardCanvas.MARGIN, middle - CIRCLE / 2.0, CIRCLE, CIRCLE);
            if (card.photo().isPresent()) {
                drawPhoto(canvas.graphics(), card.photo().get(), disc);
            } else {
                new Monogram(initials.get(), card.accent()).paint(canvas.graphics(), typeface, disc, 0.34);
            }
            textX += CIRCLE + CIRCLE_GAP;
        }
        double width = CardCanvas.WIDTH - CardCanvas.MARGIN - textX;

        NameLines nameLines = NameLines.fit(name, typeface, width);
        Font headlineFont = typeface.regular(HEADLINE_SIZE);
        List<String> headlineLines = TextLines.wrap(headline, headlineFont, width, HEADLINE_MAX_LINES);
        int gap = nameLines.lines().isEmpty() || headlineLines.isEmpty() ? 0 : HEADLINE_GAP;
        double height = nameLines.lines().size() * nameLines.lineHeight() + gap + headlineLines.size() * HEADLINE_LINE;
        double y = Math.max(CardCanvas.CONTENT_TOP, middle - height / 2);
        for (String line : nameLines.lines()) {
            canvas.text(line, nameLines.font(), CardCanvas.INK, textX, y, nameLines.lineHeight());
            y += nameLines.lineHeight();
        }
        y += gap;
        for (String line : headlineLines) {
            canvas.text(line, headlineFont, CardCanvas.BODY, textX, y, HEADLINE_LINE);
            y += HEADLINE_LINE;
        }
        canvas.footer(card.siteName());
        return canvas.png();
    }

    /**
     * The photo cut to the circle through an anti-aliased mask (a clip would leave a jagged
     * edge), with a faint outline so a white background does not melt into the page.
     */
    private static void drawPhoto(Graphics2D g, Photo photo, Ellipse2D disc) {
        int side = (int) disc.getWidth();
        BufferedImage round = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D mask = round.createGraphics();
        try {
            mask.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            mask.setColor(Color.WHITE);
            mask.fill(new Ellipse2D.Double(0, 0, side, side));
            mask.setComposite(AlphaComposite.SrcIn);
            mask.drawImage(photo.image(side), 0, 0, null);
        } finally {
            mask.dispose();
        }
        g.drawImage(round, (int) disc.getX(), (int) disc.getY(), null);
        g.setColor(PHOTO_EDGE);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(disc.getX() + 1, disc.getY() + 1, side - 2, side - 2));
    }

    /** The name's lines at the largest size at which it fits whole, else shortened at the smallest. */
    private record NameLines(List<String> lines, Font font, int lineHeight) {

        static NameLines fit(String name, Typeface typeface, double width) {
            for (float size : NAME_SIZES) {
                Font font = typeface.bold(size);
                List<String> whole = TextLines.wrap(name, font, width, NAME_MAX_LINES + 1);
                if (whole.size() <= NAME_MAX_LINES) {
                    return new NameLines(whole, font, lineHeight(size));
                }
            }
            float smallest = NAME_SIZES[NAME_SIZES.length - 1];
            Font font = typeface.bold(smallest);
            return new NameLines(TextLines.wrap(name, font, width, NAME_MAX_LINES), font, lineHeight(smallest));
        }

        private static int lineHeight(float size) {
            return (int) Math.round(size * NAME_LEADING);
        }
    }
}
