package io.github.conglongli.site.render.image;

import java.awt.Font;
import java.util.List;
import java.util.Optional;

/**
 * Draws a paper card: eyebrow, title, authors and badges, one under the other, centred vertically.
 * The title takes the room the rest leaves, at the largest size at which it fits whole in up to
 * four lines; a title too long even at the smallest size ends in an ellipsis.
 */
final class PaperCardLayout {

    private static final float[] TITLE_SIZES = {68, 60, 54, 48, 42};
    private static final double TITLE_LEADING = 1.16;
    private static final int TITLE_MAX_LINES = 4;

    private static final float EYEBROW_SIZE = 28;
    private static final int EYEBROW_LINE = 36;
    private static final int EYEBROW_GAP = 14;

    private static final float BYLINE_SIZE = 28;
    private static final int BYLINE_LINE = 38;
    private static final int BYLINE_GAP = 22;
    private static final int BYLINE_MAX_LINES = 2;

    private static final float BADGE_SIZE = 21;
    private static final int BADGE_HEIGHT = 40;
    private static final int BADGE_GAP = 24;
    private static final int BADGE_PADDING = 18;
    private static final int BADGE_SPACING = 12;

    private PaperCardLayout() {}

    /** Empty if the title or eyebrow has characters the typeface cannot draw (or no title). */
    static Optional<byte[]> render(PaperCard card, Typeface typeface) {
        String title = DisplayText.of(card.title());
        String eyebrow = DisplayText.of(card.eyebrow());
        if (title.isEmpty() || !typeface.canDraw(title) || !typeface.canDraw(eyebrow)) {
            return Optional.empty();
        }
        List<List<BylineLines.Run>> byline =
                BylineLines.layout(card.byline(), typeface, BYLINE_SIZE, CardCanvas.CONTENT_WIDTH, BYLINE_MAX_LINES);
        List<String> badges = card.badges().stream()
                .map(DisplayText::of)
                .filter(badge -> !badge.isEmpty() && typeface.canDraw(badge))
                .toList();

        int eyebrowHeight = eyebrow.isEmpty() ? 0 : EYEBROW_LINE + EYEBROW_GAP;
        int bylineHeight = byline.isEmpty() ? 0 : BYLINE_GAP + byline.size() * BYLINE_LINE;
        int badgesHeight = badges.isEmpty() ? 0 : BADGE_GAP + BADGE_HEIGHT;
        int titleRoom = CardCanvas.CONTENT_BOTTOM - CardCanvas.CONTENT_TOP - eyebrowHeight - bylineHeight - badgesHeight;
        TitleLines titleLines = TitleLines.fit(title, typeface, titleRoom);

        CardCanvas canvas = new CardCanvas(typeface, card.accent());
        int height = eyebrowHeight + titleLines.lines().size() * titleLines.lineHeight() + bylineHeight + badgesHeight;
        // a short card is centred in the content area rather than leaving it empty below
        double y = CardCanvas.CONTENT_TOP + Math.max(0, (CardCanvas.CONTENT_BOTTOM - CardCanvas.CONTENT_TOP - height) / 2);
        if (!eyebrow.isEmpty()) {
            Font font = typeface.bold(EYEBROW_SIZE);
            canvas.text(TextLines.fit(eyebrow, font, CardCanvas.CONTENT_WIDTH), font,
                    card.accent().readableOn(CardCanvas.PAGE), CardCanvas.MARGIN, y, EYEBROW_LINE);
            y += eyebrowHeight;
        }
        for (String line : titleLines.lines()) {
            canvas.text(line, titleLines.font(), CardCanvas.INK, CardCanvas.MARGIN, y, titleLines.lineHeight());
            y += titleLines.lineHeight();
        }
        if (!byline.isEmpty()) {
            y += BYLINE_GAP;
            drawByline(canvas, byline, y);
            y += byline.size() * BYLINE_LINE;
        }
        if (!badges.isEmpty()) {
            drawBadges(canvas, badges, y + BADGE_GAP);
        }
        canvas.footer(card.siteName());
        return Optional.of(canvas.png());
    }

    private static void drawByline(CardCanvas canvas, List<List<BylineLines.Run>> lines, double top) {
        Font regular = canvas.typeface().regular(BYLINE_SIZE);
        Font bold = canvas.typeface().bold(BYLINE_SIZE);
        double y = top;
        for (List<BylineLines.Run> line : lines) {
            double x = CardCanvas.MARGIN;
            for (BylineLines.Run run : line) {
                Font font = run.strong() ? bold : regular;
                canvas.text(run.text(), font, run.strong() ? CardCanvas.INK : CardCanvas.BODY, x, y, BYLINE_LINE);
                x += TextLines.width(run.text(), font);
            }
            y += BYLINE_LINE;
        }
    }

    /** One row of pills; those that do not fit are left out, a single too-long one is shortened. */
    private static void drawBadges(CardCanvas canvas, List<String> badges, double top) {
        Font font = canvas.typeface().bold(BADGE_SIZE);
        double right = CardCanvas.MARGIN + CardCanvas.CONTENT_WIDTH;
        double x = CardCanvas.MARGIN;
        for (String badge : badges) {
            double width = TextLines.width(badge, font) + 2 * BADGE_PADDING;
            String label = badge;
            if (x + width > right) {
                if (x > CardCanvas.MARGIN) {
                    break;
                }
                label = TextLines.fit(badge, font, CardCanvas.CONTENT_WIDTH - 2 * BADGE_PADDING);
                width = TextLines.width(label, font) + 2 * BADGE_PADDING;
            }
            canvas.pill(label, font, x, top, width, BADGE_HEIGHT);
            x += width + BADGE_SPACING;
        }
    }

    /** The title's lines at the size chosen for them. */
    private record TitleLines(List<String> lines, Font font, int lineHeight) {

        static TitleLines fit(String title, Typeface typeface, int room) {
            for (float size : TITLE_SIZES) {
                int lineHeight = lineHeight(size);
                int maxLines = Math.max(1, Math.min(TITLE_MAX_LINES, room / lineHeight));
                Font font = typeface.bold(size);
                List<String> whole = TextLines.wrap(title, font, CardCanvas.CONTENT_WIDTH, maxLines + 1);
                if (whole.size() <= maxLines) {
                    return new TitleLines(whole, font, lineHeight);
                }
            }
            float smallest = TITLE_SIZES[TITLE_SIZES.length - 1];
            int lineHeight = lineHeight(smallest);
            int maxLines = Math.max(1, Math.min(TITLE_MAX_LINES, room / lineHeight));
            Font font = typeface.bold(smallest);
            return new TitleLines(TextLines.wrap(title, font, CardCanvas.CONTENT_WIDTH, maxLines), font, lineHeight);
        }

        private static int lineHeight(float size) {
            return (int) Math.round(size * TITLE_LEADING);
        }
    }
}
