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
}
