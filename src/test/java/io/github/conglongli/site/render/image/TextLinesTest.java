package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line breaking and ellipses, measured with the bundled font's real metrics. */
class TextLinesTest {

    static final Font FONT = Typeface.bundled().bold(40);
    static final String TITLE = "DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power "
            + "Next-Generation AI Scale";

    static void assertAllFit(List<String> lines, double width) {
        for (String line : lines) {
            assertTrue(TextLines.width(line, FONT) <= width, () -> "'" + line + "' is wider than " + width);
            assertFalse(line.isBlank(), "a blank line");
            assertEquals(line.strip(), line, "spaces at the ends of a line");
        }
    }

    @Test
    void shortTextIsOneLineAsItIs() {
        assertEquals(List.of("1-bit Adam"), TextLines.wrap("1-bit Adam", FONT, 600, 3));
    }

    @Test
    void emptyTextHasNoLines() {
        assertEquals(List.of(), TextLines.wrap(" \n ", FONT, 600, 3));
    }

    @Test
    void wrapsBetweenWordsWithinTheWidthAndLosesNothing() {
        List<String> lines = TextLines.wrap(TITLE, FONT, 700, 10);
        assertTrue(lines.size() > 1, lines::toString);
        assertAllFit(lines, 700);
        assertEquals(TITLE.replace(" ", ""), String.join("", lines).replace(" ", ""));
        assertTrue(lines.stream().allMatch(line -> TITLE.contains(line)), "breaks only at spaces or after hyphens: " + lines);
    }

    @Test
    void eachLineIsAsFullAsItCanBe() {
        List<String> lines = TextLines.wrap(TITLE, FONT, 700, 10);
        for (int i = 0; i < lines.size() - 1; i++) {
            String nextWord = lines.get(i + 1).split("[ -]")[0];
            String longer = lines.get(i) + " " + nextWord;
            assertTrue(TextLines.width(longer, FONT) > 700, "'" + nextWord + "' would have fit after '" + lines.get(i) + "'");
        }
    }

    @Test
    void tooLongTextEndsItsLastLineWithAnEllipsis() {
        List<String> lines = TextLines.wrap(TITLE, FONT, 500, 2);
        assertEquals(2, lines.size());
        assertAllFit(lines, 500);
        assertTrue(lines.get(1).endsWith("…"), lines::toString);
        assertFalse(lines.get(0).endsWith("…"), lines::toString);
    }

    @Test
    void aWordWiderThanTheLineBreaksBetweenCharacters() {
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4);
        List<String> lines = TextLines.wrap(word, FONT, 400, 20);
        assertTrue(lines.size() > 1);
        assertAllFit(lines, 400);
        assertEquals(word, String.join("", lines));
    }

    @Test
    void aWidthNarrowerThanOneCharacterStillEnds() {
        List<String> lines = TextLines.wrap("abc def", FONT, 1, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.stream().noneMatch(String::isEmpty));
    }

    @Test
    void whiteSpaceAndControlCharactersAreOneSpace() {
        assertEquals(List.of("a b c"), TextLines.wrap("a\n\tb\u00a0 c\u0007", FONT, 600, 3));
    }

    @Test
    void fitKeepsTextThatFits() {
        assertEquals("Conglong Li", TextLines.fit("Conglong Li", FONT, 600));
    }

    @Test
    void fitCutsAfterAWordAndDropsPunctuationBeforeTheEllipsis() {
        double width = TextLines.width("Training, Inference…", FONT) + 4;
        assertEquals("Training, Inference…", TextLines.fit("Training, Inference, and Serving at Scale", FONT, width));
    }

    @Test
    void fitCutsInsideAWordWhenCuttingAfterOneWouldLoseTooMuch() {
        String fitted = TextLines.fit("A Supercalifragilisticexpialidocious title", FONT, 420);
        assertTrue(TextLines.width(fitted, FONT) <= 420);
        assertTrue(fitted.startsWith("A Supercali") && fitted.endsWith("…"), fitted);
    }

    @Test
    void fitKeepsAccentsWhole() {
        String fitted = TextLines.fit("e\u0301".repeat(200), FONT, 300);
        assertTrue(fitted.chars().allMatch(c -> c == 'é' || c == '…'), fitted);
    }
}
