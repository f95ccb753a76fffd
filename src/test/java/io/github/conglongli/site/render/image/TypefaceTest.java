package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

class TypefaceTest {

    static final Typeface TYPEFACE = Typeface.bundled();

    @Test
    void japaneseCannotBeDrawn() {
        assertFalse(TYPEFACE.canDraw("深層学習の効率化"));
        assertFalse(TYPEFACE.canDraw("Efficient 深層学習"));
    }

    @Test
    void accentedLatinCanBeDrawnComposedOrNot() {
        assertTrue(TYPEFACE.canDraw("Özgür Çelik"));
        assertTrue(TYPEFACE.canDraw("O\u0308zgu\u0308r C\u0327elik"));
        assertTrue(TYPEFACE.canDraw("Nguyễn Thị Minh Khai, Łódź, Ærøskøbing"));
    }

    @Test
    void greekCyrillicAndTheMathOfPaperTitlesCanBeDrawn() {
        assertTrue(TYPEFACE.canDraw("α-β pruning: ε-greedy ≤ O(n²) → ∞ − 1 × 2"));
        assertTrue(TYPEFACE.canDraw("Обучение нейронных сетей"));
    }

    @Test
    void emojiCannotBeDrawn() {
        assertFalse(TYPEFACE.canDraw("Best paper 🏆"));
    }

    @Test
    void lineBreaksAndTabsAreSpacesNotCharactersToDraw() {
        assertTrue(TYPEFACE.canDraw("Title\non two lines\twith a tab"));
        assertTrue(TYPEFACE.canDraw(""));
    }

    @Test
    void drawableWordsKeepTheNameInTheScriptTheTypefaceHas() {
        assertEquals("Conglong Li", TYPEFACE.drawableWords("Conglong Li (李聪龙)"));
        assertEquals("", TYPEFACE.drawableWords("李聪龙"));
        assertEquals("Özgür Çelik", TYPEFACE.drawableWords(" Özgür \n Çelik "));
    }

    @Test
    void isTheBundledDejaVuSansLoadedOnceAndHeadless() {
        assertSame(TYPEFACE, Typeface.bundled());
        assertEquals("DejaVu Sans", TYPEFACE.regular(12).getFamily());
        assertEquals("DejaVu Sans Bold", TYPEFACE.bold(12).getFontName());
        assertEquals(30f, TYPEFACE.bold(30).getSize2D());
        assertTrue(GraphicsEnvironment.isHeadless());
    }
}
