package io.github.conglongli.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathTest {

    @Test
    void decodesUtf8AndRejectsWhatCouldAliasAnotherPath() {
        assertEquals(Optional.of("/a b.pdf"), RequestPath.decode("/a%20b.pdf"));
        assertEquals(Optional.of("/é"), RequestPath.decode("/%C3%A9"));
        assertEquals(Optional.of("/../x"), RequestPath.decode("/%2e%2e/x"), "decoded, then simply not found");
        assertEquals(Optional.empty(), RequestPath.decode("/..%2fx"));
        assertEquals(Optional.empty(), RequestPath.decode("/..%5cx"));
        assertEquals(Optional.empty(), RequestPath.decode("/x%00"));
        assertEquals(Optional.empty(), RequestPath.decode("/%c0%ae"), "overlong UTF-8");
        assertEquals(Optional.empty(), RequestPath.decode("/%zz"));
        assertEquals(Optional.empty(), RequestPath.decode("/%4"));
        assertEquals(Optional.empty(), RequestPath.decode("relative"));
    }

    /** Found by RequestPathFuzzTest: a literal NUL passed when the path also held an escape. */
    @Test
    void aLiteralNulIsRefusedWhereverItIs() {
        assertEquals(Optional.empty(), RequestPath.decode("/%2e%2e/se\0cret.txt"));
        assertEquals(Optional.empty(), RequestPath.decode("/se\0cret.txt"));
    }

    /** Found by RequestPathFuzzTest: '%5c' was refused but a literal backslash passed. */
    @Test
    void aLiteralBackslashIsRefusedLikeAnEncodedOne() {
        assertEquals(Optional.empty(), RequestPath.decode("/%2ee2\\/secret.txt"));
        assertEquals(Optional.empty(), RequestPath.decode("/..\\secret.txt"));
    }

    /** Found by RequestPathFuzzTest: beside an escape, an emoji's two UTF-16 halves became "??". */
    @Test
    void aCharacterBeyondSixteenBitsDecodesToItselfAndALoneHalfIsRefused() {
        assertEquals(Optional.of("/\uD83D\uDE00A"), RequestPath.decode("/\uD83D\uDE00%41"));
        assertEquals(Optional.empty(), RequestPath.decode("/\uD83D%41"));
    }

    /** Found by RequestPathFuzzTest: '%2\u0664' (an Arabic-Indic four) decoded to '$'. */
    @Test
    void onlyAsciiHexDigitsMakeAnEscape() {
        assertEquals(Optional.empty(), RequestPath.decode("/%2\u0664"));
        assertEquals(Optional.empty(), RequestPath.decode("/%\uFF17\uFF10ublications"), "fullwidth '70' is no 'p'");
        assertEquals(Optional.of("/publications"), RequestPath.decode("/%70ublications"));
    }
}
