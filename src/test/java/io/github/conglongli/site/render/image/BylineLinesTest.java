package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BylineLinesTest {

    static final Typeface TYPEFACE = Typeface.bundled();
    static final float SIZE = 28;
    static final double WIDTH = 1040;

    static List<String> text(List<List<BylineLines.Run>> lines) {
        return lines.stream()
                .map(line -> line.stream().map(BylineLines.Run::text).collect(Collectors.joining()))
                .toList();
    }

    static double width(List<BylineLines.Run> line) {
        Font regular = TYPEFACE.regular(SIZE);
        Font bold = TYPEFACE.bold(SIZE);
        return line.stream().mapToDouble(run -> TextLines.width(run.text(), run.strong() ? bold : regular)).sum();
    }

    static List<Byline> authors(int count, int owner) {
        List<Byline> authors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            authors.add(i == owner ? Byline.owner("Conglong Li") : Byline.author("Author Number " + i));
        }
        return authors;
    }

    @Test
    void aShortListIsOneLineWithTheOwnerInBold() {
        List<List<BylineLines.Run>> lines = BylineLines.layout(
                List.of(Byline.author("Hanlin Tang"), Byline.owner("Conglong Li")), TYPEFACE, SIZE, WIDTH, 2);
        assertEquals(List.of("Hanlin Tang, Conglong Li"), text(lines));
        assertEquals(List.of(new BylineLines.Run("Hanlin Tang", false), new BylineLines.Run(",", false),
                new BylineLines.Run(" ", false), new BylineLines.Run("Conglong Li", true)), lines.get(0));
    }

    @Test
    void aLongListStopsWithEtAlWithinTwoLines() {
        List<List<BylineLines.Run>> lines = BylineLines.layout(authors(300, 0), TYPEFACE, SIZE, WIDTH, 2);
        assertEquals(2, lines.size());
        lines.forEach(line -> assertTrue(width(line) <= WIDTH, () -> text(List.of(line)) + " is too wide"));
        List<String> text = text(lines);
        assertTrue(text.get(0).startsWith("Conglong Li, Author Number 1,"), text::toString);
        assertTrue(text.get(1).endsWith(", et al."), text::toString);
    }

    @Test
    void anOwnerFarDownTheListIsShownAfterAGap() {
        List<String> text = text(BylineLines.layout(authors(300, 250), TYPEFACE, SIZE, WIDTH, 2));
        assertTrue(text.get(text.size() - 1).endsWith(", …, Conglong Li, et al."), text::toString);
    }

    @Test
    void anOwnerLastNeedsNoEtAl() {
        List<String> text = text(BylineLines.layout(authors(300, 299), TYPEFACE, SIZE, WIDTH, 2));
        assertTrue(text.get(text.size() - 1).endsWith(", …, Conglong Li"), text::toString);
    }

    @Test
    void namesTheTypefaceCannotDrawAreLeftOutAndTheListSaysSo() {
        List<String> text = text(BylineLines.layout(
                List.of(Byline.author("山田太郎"), Byline.owner("Conglong Li"), Byline.author("Özgür Çelik")),
                TYPEFACE, SIZE, WIDTH, 2));
        assertEquals(List.of("Conglong Li, Özgür Çelik, et al."), text);
    }

    @Test
    void aNameWiderThanTheLineIsShortened() {
        List<List<BylineLines.Run>> lines = BylineLines.layout(
                List.of(Byline.author("Wolfeschlegelsteinhausenbergerdorff ".repeat(6))), TYPEFACE, SIZE, WIDTH, 2);
        assertEquals(1, lines.size());
        assertTrue(width(lines.get(0)) <= WIDTH);
        assertTrue(text(lines).get(0).endsWith("…"));
    }

    @Test
    void noAuthorsNoLines() {
        assertEquals(List.of(), BylineLines.layout(List.of(Byline.author(" ")), TYPEFACE, SIZE, WIDTH, 2));
    }
}
