package io.github.conglongli.site.render.image;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out an author list in at most a few lines: "A, B, C, et al." when it is too long, and
 * "A, B, …, Owner, et al." when the owner would otherwise be cut off, since the card is on the
 * owner's site. Names the typeface cannot draw are left out, and the list then ends in "et al."
 * so it never looks complete when it is not.
 */
final class BylineLines {

    static final String ET_AL = "et al.";
    static final String GAP = "…";

    /** A piece of a line: text drawn in one weight ({@code strong}: bold). */
    record Run(String text, boolean strong) {
        static Run plain(String text) {
            return new Run(text, false);
        }
    }

    private record Token(String text, boolean strong) {
        static Token plain(String text) {
            return new Token(text, false);
        }

        static Token owner(String text) {
            return new Token(text, true);
        }
    }

    private final Font regular;
    private final Font bold;
    private final double maxWidth;
    private final int maxLines;

    private BylineLines(Font regular, Font bold, double maxWidth, int maxLines) {
        this.regular = regular;
        this.bold = bold;
        this.maxWidth = maxWidth;
        this.maxLines = maxLines;
    }

    static List<List<Run>> layout(List<Byline> byline, Typeface typeface, float size, double maxWidth, int maxLines) {
        List<Byline> shown = new ArrayList<>();
        boolean leftOut = false;
        for (Byline author : byline) {
            String name = DisplayText.of(author.name());
            if (!typeface.canDraw(name)) {
                leftOut = true;
            } else if (!name.isEmpty()) {
                shown.add(new Byline(name, author.highlighted()));
            }
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        BylineLines lines = new BylineLines(typeface.regular(size), typeface.bold(size), maxWidth, maxLines);
        return lines.longestThatFits(shown, leftOut);
    }

    /** Binary search on how many names lead the list: more names never take fewer lines. */
    private List<List<Run>> longestThatFits(List<Byline> shown, boolean leftOut) {
        int low = 1;
        int high = shown.size();
        List<List<Run>> best = null;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Optional<List<List<Run>>> lines = place(tokens(shown, mid, leftOut, true));
            if (lines.isPresent()) {
                best = lines.get();
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (best == null) {
            best = place(tokens(shown, 1, leftOut, false))
                    .orElseGet(() -> List.of(List.of(Run.plain(TextLines.fit(shown.get(0).name(), regular, maxWidth)))));
        }
        return best;
    }

    /** The first {@code count} names, then the owner if not among them, then "et al." if any are missing. */
    private static List<Token> tokens(List<Byline> shown, int count, boolean leftOut, boolean keepOwner) {
        List<Token> tokens = new ArrayList<>();
        for (Byline author : shown.subList(0, count)) {
            tokens.add(new Token(author.name(), author.highlighted()));
        }
        int lastShown = count - 1;
        if (keepOwner) {
            for (int i = count; i < shown.size(); i++) {
                if (shown.get(i).highlighted()) {
                    tokens.add(Token.plain(GAP));
                    tokens.add(Token.owner(shown.get(i).name()));
                    lastShown = i;
                    break;
                }
            }
        }
        if (leftOut || lastShown < shown.size() - 1) {
            tokens.add(Token.plain(ET_AL));
        }
        return tokens;
    }

    /** Fills lines greedily, "A, B, C"; empty as soon as more than {@code maxLines} are needed. */
    private Optional<List<List<Run>>> place(List<Token> tokens) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        double x = 0;
        double space = TextLines.width(" ", regular);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String comma = i < tokens.size() - 1 ? "," : "";
            Font font = token.strong() ? bold : regular;
            double width = TextLines.width(token.text(), font) + TextLines.width(comma, regular);
            if (!line.isEmpty() && x + space + width > maxWidth) {
                if (lines.size() + 1 == maxLines) {
                    return Optional.empty();
                }
                lines.add(line);
                line = new ArrayList<>();
                x = 0;
            }
            String text = token.text();
            if (line.isEmpty() && width > maxWidth) {
                text = TextLines.fit(text, font, maxWidth - TextLines.width(comma, regular));
                width = maxWidth;
            }
            if (!line.isEmpty()) {
                line.add(Run.plain(" "));
                x += space;
            }
            line.add(new Run(text, token.strong()));
            if (!comma.isEmpty()) {
                line.add(Run.plain(comma));
            }
            x += width;
        }
        lines.add(line);
        return Optional.of(lines);
    }
}
