package io.github.conglongli.site.content.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AccentsTest {

    @Test
    void latinLettersLoseTheirAccents() {
        assertEquals("Uber die Zeit", Accents.strip("Über die Zeit"));
        assertEquals("Angstrom, Dvorak, Ozgur", Accents.strip("Ångström, Dvořák, Özgür"));
        assertEquals("q", Accents.strip("q\u0303"), "a mark no precomposed letter has goes too");
    }

    @Test
    void otherScriptsKeepTheirMarks() {
        assertEquals("データ", Accents.strip("データ"), "the voiced mark makes デ another letter than テ");
        assertEquals("ガンダム", Accents.strip("ｶﾞﾝﾀﾞﾑ"), "half-width kana become full-width, marks and all");
        assertEquals("Ελληνικά", Accents.strip("Ελληνικά"));
    }

    @Test
    void compatibilityFormsBecomePlainOnes() {
        assertEquals("大規模:通信", Accents.strip("大規模：通信"));
        assertEquals("efficient", Accents.strip("eﬃcient"));
    }

    @Test
    void asciiIsReturnedAsItIs() {
        String ascii = "1-bit LAMB: Communication Efficient";
        assertSame(ascii, Accents.strip(ascii));
    }
}
