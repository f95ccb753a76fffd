package io.github.conglongli.site.render.image;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width, measured with the font as it is drawn. Lines break
 * where Unicode allows (spaces, after hyphens); a word wider than a line breaks between
 * characters. Text that needs more lines than allowed ends its last line with an ellipsis.
 */
final class TextLines {

    static final String ELLIPSIS = "…";

    /**
     * Matches how cards draw text (anti-aliased, fractional metrics), so a line measured here
     * is exactly as wide when drawn. Immutable.
     */
    static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private TextLines() {}

    static double width(String text, Font font) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, MEASURE).getWidth();
    }

    /**
     * At most {@code maxLines} lines of {@code text}, each at most {@code maxWidth} wide; the
     * last ends with "…" if the text does not fit. Empty text gives no lines.
     */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        String rest = DisplayText.of(text);
        List<String> lines = new ArrayList<>();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1) {
                lines.add(fit(rest, font, maxWidth));
                break;
            }
            int end = longestFittingPrefix(rest, font, maxWidth, BreakIterator.getLineInstance(Locale.ROOT), "");
            if (end == 0) {
                end = Math.max(longestFittingPrefix(rest, font, maxWidth, BreakIterator.getCharacterInstance(Locale.ROOT), ""),
                        firstCharacterLength(rest));
            }
            lines.add(rest.substring(0, end).strip());
            rest = rest.substring(end).strip();
        }
        return lines;
    }

    /**
     * The text on one line: itself if it fits, else as much as fits followed by "…", cut after a
     * word if that keeps at least half the line, else between characters. Trailing punctuation
     * that would sit before the ellipsis (a comma, a colon) is dropped.
     */
    static String fit(String text, Font font, double maxWidth) {
        String shown = DisplayText.of(text);
        if (width(shown, font) <= maxWidth) {
            return shown;
        }
        int atWord = longestFittingPrefix(shown, font, maxWidth, BreakIterator.getLineInstance(Locale.ROOT), ELLIPSIS);
        int atCharacter = longestFittingPrefix(shown, font, maxWidth, BreakIterator.getCharacterInstance(Locale.ROOT), ELLIPSIS);
        boolean wordKeepsEnough = atWord > 0
                && width(shown.substring(0, atWord), font) >= width(shown.substring(0, atCharacter), font) / 2;
        String kept = shown.substring(0, wordKeepsEnough ? atWord : atCharacter);
        return withEllipsis(kept);
    }

    /**
     * The largest break position {@code b} such that {@code text[0, b)} (without trailing
     * spaces) plus {@code suffix} fits; 0 if none. Binary search: a longer prefix is never
     * narrower.
     */
    private static int longestFittingPrefix(String text, Font font, double maxWidth, BreakIterator breaks, String suffix) {
        breaks.setText(text);
        List<Integer> positions = new ArrayList<>();
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            positions.add(b);
        }
        int low = 0;
        int high = positions.size() - 1;
        int best = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int position = positions.get(mid);
            if (width(withSuffix(text.substring(0, position), suffix), font) <= maxWidth) {
                best = position;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private static String withSuffix(String prefix, String suffix) {
        return suffix.isEmpty() ? prefix.stripTrailing() : withEllipsis(prefix);
    }

    private static String withEllipsis(String prefix) {
        String kept = prefix.stripTrailing();
        while (!kept.isEmpty() && ",;:-–—".indexOf(kept.charAt(kept.length() - 1)) >= 0) {
            kept = kept.substring(0, kept.length() - 1).stripTrailing();
        }
        return kept + ELLIPSIS;
    }

    private static int firstCharacterLength(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        return characters.next();
    }
}
