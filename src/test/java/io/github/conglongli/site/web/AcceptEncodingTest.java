package io.github.conglongli.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gzip|true", "GZIP|true", "br, gzip;q=0.5|true", "gzip;q=0|false", "gzip; q=0.0|false", "*|true",
        "*;q=0|false", "identity|false", "br|false", "gzip;q=0, *|false", "*, gzip;q=0|false", "x-gzip|true",
        "gzip;q=bad|false", "''|false"})
    void gzipIsUsedOnlyWhenTheClientAcceptsIt(String header, boolean expected) {
        assertEquals(expected, AcceptEncoding.allowsGzip(header));
    }
}
