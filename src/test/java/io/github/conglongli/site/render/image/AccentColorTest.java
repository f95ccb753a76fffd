package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccentColorTest {

    @Test
    void readsSixHexDigitsInEitherCase() {
        assertEquals(0x1f5fbf, AccentColor.parse("#1f5fbf").rgb());
        assertEquals("#1f5fbf", AccentColor.parse("#1F5FBF").hex());
        assertEquals("#000000", AccentColor.parse("#000000").hex());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1f5fbf", "#fff", "#1f5fbf0", "#1f5fbg", "red", " #1f5fbf", "#1f5fbf\n", "", "rgb(0,0,0)"})
    void rejectsAnythingElse(String hex) {
        assertThrows(IllegalArgumentException.class, () -> AccentColor.parse(hex));
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> AccentColor.parse(null));
    }

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, AccentColor.contrast(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(1.0, AccentColor.contrast(Color.WHITE, Color.WHITE), 1e-9);
        // #767676 is the well-known lightest grey with 4.5:1 on white
        assertEquals(4.54, AccentColor.contrast(new Color(0x767676), Color.WHITE), 0.01);
    }

    @Test
    void darkAccentsCarryWhiteTextAndLightOnesNearBlack() {
        assertEquals(Color.WHITE, AccentColor.parse("#1f5fbf").foreground());
        assertEquals(Color.WHITE, AccentColor.parse("#000000").foreground());
        assertEquals(AccentColor.INK, AccentColor.parse("#ffd400").foreground());
        assertEquals(AccentColor.INK, AccentColor.parse("#ffffff").foreground());
        assertEquals(AccentColor.INK, AccentColor.parse("#7fdbff").foreground());
    }

    @ParameterizedTest
    @ValueSource(strings = {"#1f5fbf", "#ffd400", "#2e8b57", "#ff4136", "#777777", "#808080", "#ffffff", "#000000"})
    void theForegroundIsTheMoreReadableChoice(String hex) {
        AccentColor accent = AccentColor.parse(hex);
        Color other = accent.foreground().equals(Color.WHITE) ? AccentColor.INK : Color.WHITE;
        assertTrue(AccentColor.contrast(accent.color(), accent.foreground()) >= AccentColor.contrast(accent.color(), other));
        // the worse case is a colour equally far from both, where either gives about 4.35:1
        assertTrue(AccentColor.contrast(accent.color(), accent.foreground()) >= 4.3);
    }

    @Test
    void aPaleAccentIsDarkenedUntilReadableOnWhiteAndADarkOneKept() {
        Color gold = AccentColor.parse("#ffd400").readableOn(Color.WHITE);
        assertTrue(AccentColor.contrast(gold, Color.WHITE) >= AccentColor.READABLE);
        assertTrue(gold.getRed() > gold.getBlue(), "still a gold, not black: " + gold);
        assertEquals(new Color(0x1f5fbf), AccentColor.parse("#1f5fbf").readableOn(Color.WHITE));
    }
}
