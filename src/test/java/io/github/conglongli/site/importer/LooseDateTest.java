package io.github.conglongli.site.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates as the three templates' users write them, read into what content files write. */
class LooseDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-06-12                | 2019-06-12 | false",
        "2019-6-2                  | 2019-06-02 | false",
        "2019-06                   | 2019-06    | false",
        "2019                      | 2019       | false",
        "2019-06-12T10:00:00Z      | 2019-06-12 | false",
        "2015-11-07 16:11:00-0400  | 2015-11-07 | false",
        "'2013-07-01T00:00:00Z'    | 2013-07-01 | false",
        "2019/06/12                | 2019-06-12 | true",
        "20190612                  | 2019-06-12 | true",
        "June 2019                 | 2019-06    | true",
        "Sept 2015                 | 2015-09    | true",
        "12 June 2019              | 2019-06-12 | true",
        "June 12, 2019             | 2019-06-12 | true",
        "Jan. 3rd 2020             | 2020-01-03 | true",
        "2025-11-04 00:009:00-0400 | 2025-11-04 | false",
    })
    void readsDatesWrittenManyWays(String text, String iso, boolean guessed) {
        LooseDate date = LooseDate.parse(text).orElseThrow();

        assertEquals(iso, date.iso());
        assertEquals(guessed, date.guessed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "2019-13-01", "2019-02-30", "Smarch 2019", "12/06/2019"})
    void refusesWhatIsNoDateOrIsAmbiguous(String text) {
        assertEquals(Optional.empty(), LooseDate.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2019-06-12-my-talk.md | 2019-06-12",
        "20261103-lmcs.md      | 2026-11-03",
    })
    void readsTheDateAFileNameStartsWith(String name, String iso) {
        assertEquals(iso, LooseDate.fromFileName(name).orElseThrow().iso());
    }
}
