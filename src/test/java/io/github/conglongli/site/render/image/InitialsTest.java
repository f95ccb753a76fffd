package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitialsTest {

    static final Typeface TYPEFACE = Typeface.bundled();

    @ParameterizedTest
    @CsvSource({
        "Conglong Li, CL",
        "Ada Lovelace, AL",
        "Ada, A",
        "Jean-Pierre Serre, JS",
        "Ludwig van Beethoven, LB",
        "Charles de Gaulle, CG",
        "de Gaulle, G",
        "Ada King Lovelace, AL",
        "ada lovelace, AL",
        "Özgür Çelik, ÖÇ",
        "'(Ada) \"Lovelace\"', AL",
        "Conglong Li (李聪龙), CL",
        "Grace 3rd Hopper, GH",
        "'  Alan \t Turing ', AT",
    })
    void firstAndLastNameWordGiveTheInitials(String name, String initials) {
        assertEquals(Optional.of(initials), Initials.of(name, TYPEFACE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"李聪龙", "深層学習", "", "  ", "123", "—"})
    void aNameWithNoLetterTheTypefaceDrawsHasNoInitials(String name) {
        assertEquals(Optional.empty(), Initials.of(name, TYPEFACE));
    }

    @ParameterizedTest
    @CsvSource({"李聪龙, ''", "Conglong Li, CL"})
    void aMonogramWithoutInitialsIsTheNeutralMark(String name, String initials) {
        assertEquals(initials, Monogram.of(name, AccentColor.parse("#1f5fbf"), TYPEFACE).initials());
    }
}
