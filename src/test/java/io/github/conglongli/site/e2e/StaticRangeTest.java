package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.Await;
import io.github.conglongli.site.testing.SiteFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static files as nginx serves them: Last-Modified and If-Modified-Since, and single byte ranges
 * with If-Range, both for a file held in memory and for one too large for that, streamed from
 * disk (over 2 MiB).
 */
@Timeout(60)
class StaticRangeTest {

    /** Streamed from disk: larger than the memory cache takes. Random, so no slice looks like another. */
    static final byte[] LARGE = randomBytes(3 << 20);
    /** Held in memory, and compressible, so it also has a gzip form. */
    static final byte[] SMALL = text(20_000);
    static final Map<String, byte[]> FILES = Map.of("/paper.pdf", LARGE, "/notes.txt", SMALL);
    /** Milliseconds on purpose: HTTP dates have whole seconds. */
    static final Instant MODIFIED = Instant.parse("2024-01-02T03:04:05.678Z");
    static final String MODIFIED_HTTP = "Tue, 02 Jan 2024 03:04:05 GMT";

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.onDemand();

    @TempDir
    static Path dir;
    static TestSite site;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        SiteFixture.minimal().writeTo(dir);
        for (String name : List.of("paper.pdf", "touched.pdf")) {
            write(name, LARGE, MODIFIED);
        }
        for (String name : List.of("notes.txt", "touched.txt")) {
            write(name, SMALL, MODIFIED);
        }
        site = serving.startIn(dir);
        http = site.http;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/paper.pdf", "/notes.txt"})
    void aWholeFileCarriesLastModifiedAndAcceptRanges(String path) {
        HttpResponse<byte[]> response = http.get(path);
        assertEquals(200, response.statusCode());
        assertArrayEquals(FILES.get(path), response.body());
        assertEquals(MODIFIED_HTTP, header(response, "Last-Modified"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals(String.valueOf(FILES.get(path).length), header(response, "Content-Length"));
        assertFalse(response.headers().firstValue("Content-Range").isPresent());
        // the two ways of serving a file tag it differently: by size and time, or by a hash of the bytes
        assertTrue(header(response, "ETag").startsWith(path.equals("/paper.pdf") ? "\"f" : "\""), header(response, "ETag"));
    }

    static Stream<Arguments> satisfiableRanges() {
        List<Arguments> cases = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : FILES.entrySet()) {
            long size = file.getValue().length;
            String path = file.getKey();
            cases.add(Arguments.of(path, "bytes=0-99", 0, 99));
            cases.add(Arguments.of(path, "bytes=100-", 100, size - 1));
            cases.add(Arguments.of(path, "bytes=-500", size - 500, size - 1));
            cases.add(Arguments.of(path, "bytes=-" + (size + 1000), 0, size - 1));
            cases.add(Arguments.of(path, "bytes=" + (size - 10) + "-" + (size + 5000), size - 10, size - 1));
            cases.add(Arguments.of(path, "bytes=" + (size - 1) + "-", size - 1, size - 1));
            cases.add(Arguments.of(path, "bytes=12345-12345", 12345, 12345));
            cases.add(Arguments.of(path, "bytes=0-99999999999999999999999", 0, size - 1));
            cases.add(Arguments.of(path, "Bytes= 7-8 ,", 7, 8));
        }
        cases.add(Arguments.of("/paper.pdf", "bytes=1048576-2621439", 1048576, 2621439));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("satisfiableRanges")
    void aSingleRangeGetsExactlyThoseBytesWith206(String path, String range, long first, long last) {
        byte[] file = FILES.get(path);
        HttpResponse<byte[]> response = http.get(path, "Range", range, "Accept-Encoding", "gzip");
        assertEquals(206, response.statusCode(), range);
        assertEquals("bytes " + first + "-" + last + "/" + file.length, header(response, "Content-Range"));
        assertEquals(String.valueOf(last - first + 1), header(response, "Content-Length"));
        assertFalse(response.headers().firstValue("Content-Encoding").isPresent(), "a slice is never gzip'd");
        assertArrayEquals(Arrays.copyOfRange(file, (int) first, (int) last + 1), response.body(), range);
        assertEquals(MODIFIED_HTTP, header(response, "Last-Modified"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals(http.get(path).headers().firstValue("ETag"), response.headers().firstValue("ETag"),
                "the slice is of the identity encoding, so it has that encoding's tag");
    }

    /** Each file with each of the ranges {@code ranges} gives for its size. */
    static Stream<Arguments> everyFileWith(LongFunction<List<String>> ranges) {
        return FILES.entrySet().stream().flatMap(file -> ranges.apply(file.getValue().length).stream()
                .map(range -> Arguments.of(file.getKey(), range)));
    }

    static Stream<Arguments> unsatisfiableRanges() {
        return everyFileWith(size -> List.of("bytes=" + size + "-", "bytes=" + size + "-" + (size + 10), "bytes=-0",
                "bytes=99999999999999999999999-"));
    }

    @ParameterizedTest
    @MethodSource("unsatisfiableRanges")
    void aRangePastTheEndGets416WithTheSize(String path, String range) {
        HttpResponse<byte[]> response = http.get(path, "Range", range);
        assertEquals(416, response.statusCode(), range);
        assertEquals("bytes */" + FILES.get(path).length, header(response, "Content-Range"));
        assertEquals(0, response.body().length);
        assertFalse(response.headers().firstValue("Cache-Control").isPresent(), "no cache keeps a 416 for the file");
    }

    static Stream<Arguments> ignoredRanges() {
        return everyFileWith(size -> List.of("bytes=0-99,200-299", "bytes=0-0,-1", "bytes=abc", "bytes=5-3", "bytes=",
                "bytes=-", "bytes=--5", "bytes=+1-2", "bytes=0x10-20", "items=0-99", "0-99", "bytes 0-99"));
    }

    @ParameterizedTest
    @MethodSource("ignoredRanges")
    void severalRangesOrAnInvalidHeaderGetTheWholeFile(String path, String range) {
        HttpResponse<byte[]> response = http.get(path, "Range", range);
        assertEquals(200, response.statusCode(), range);
        assertFalse(response.headers().firstValue("Content-Range").isPresent(), range);
        assertArrayEquals(FILES.get(path), response.body(), range);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/paper.pdf", "/notes.txt"})
    void ifRangeHonoursTheRangeOnlyForTheCurrentFile(String path) {
        String etag = header(http.get(path), "ETag");
        assertEquals(206, http.get(path, "Range", "bytes=0-9", "If-Range", etag).statusCode());
        assertEquals(206, http.get(path, "Range", "bytes=0-9", "If-Range", MODIFIED_HTTP).statusCode());
        for (String stale : List.of("\"other\"", "W/" + etag, "Tue, 02 Jan 2024 03:04:04 GMT",
                "Tue, 02 Jan 2024 03:04:06 GMT", "not a date")) {
            HttpResponse<byte[]> response = http.get(path, "Range", "bytes=0-9", "If-Range", stale);
            assertEquals(200, response.statusCode(), stale);
            assertArrayEquals(FILES.get(path), response.body(), stale);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/paper.pdf", "/notes.txt"})
    void headWithARangeGetsTheHeadersOfTheSliceAndNoBody(String path) {
        HttpResponse<byte[]> get = http.get(path, "Range", "bytes=10-109");
        HttpResponse<byte[]> head = http.head(path, "Range", "bytes=10-109");
        assertEquals(206, head.statusCode());
        for (String name : List.of("Content-Range", "Content-Length", "Content-Type", "ETag", "Last-Modified",
                "Accept-Ranges", "Cache-Control")) {
            assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), name);
        }
        assertEquals("100", header(head, "Content-Length"));
        assertEquals(0, head.body().length);
        assertEquals(416, http.head(path, "Range", "bytes=-0").statusCode());
    }

    @Test
    void aWholeTextFileIsStillGzippedButASliceOfItNever() throws Exception {
        HttpResponse<byte[]> whole = http.get("/notes.txt", "Accept-Encoding", "gzip");
        assertEquals("gzip", header(whole, "Content-Encoding"));
        assertArrayEquals(SMALL, Http.gunzip(whole.body()));
        HttpResponse<byte[]> slice = http.get("/notes.txt", "Accept-Encoding", "gzip", "Range", "bytes=0-299");
        assertEquals(206, slice.statusCode());
        assertFalse(slice.headers().firstValue("Content-Encoding").isPresent());
        assertEquals("Accept-Encoding", header(slice, "Vary"));
        assertArrayEquals(Arrays.copyOfRange(SMALL, 0, 300), slice.body());
        assertNotEquals(header(whole, "ETag"), header(slice, "ETag"), "each encoding has its own tag");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/paper.pdf", "/notes.txt"})
    void ifModifiedSinceGets304UnlessTheFileChangedAfterIt(String path) {
        String etag = header(http.get(path), "ETag");
        HttpResponse<byte[]> same = http.get(path, "If-Modified-Since", MODIFIED_HTTP);
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(MODIFIED_HTTP, header(same, "Last-Modified"));
        assertEquals(etag, header(same, "ETag"));
        assertEquals(304, http.get(path, "If-Modified-Since", "Wed, 03 Jan 2024 00:00:00 GMT").statusCode());
        assertEquals(304, http.get(path, "If-Modified-Since", "Tuesday, 02-Jan-24 03:04:05 GMT").statusCode());
        assertEquals(200, http.get(path, "If-Modified-Since", "Tue, 02 Jan 2024 03:04:04 GMT").statusCode());
        assertEquals(200, http.get(path, "If-Modified-Since", "yesterday").statusCode());
        // If-None-Match decides when both are sent (RFC 9110 §13.2.2)
        assertEquals(200, http.get(path, "If-None-Match", "\"other\"", "If-Modified-Since", MODIFIED_HTTP).statusCode());
        assertEquals(304, http.get(path, "If-None-Match", etag, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
                .statusCode());
        // a validator that matches makes a 304 even for a range request
        assertEquals(304, http.get(path, "If-Modified-Since", MODIFIED_HTTP, "Range", "bytes=0-9").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/touched.pdf", "/touched.txt"})
    void touchingAFileMovesLastModifiedAndEndsThe304(String path) throws Exception {
        assertEquals(304, http.get(path, "If-Modified-Since", MODIFIED_HTTP).statusCode());
        Instant later = MODIFIED.plus(Duration.ofHours(1));
        Files.setLastModifiedTime(site.statics.resolve(path.substring(1)), FileTime.from(later));
        String laterHttp = "Tue, 02 Jan 2024 04:04:05 GMT";
        Await.until(Duration.ofSeconds(10), "the rescan after the touch",
                () -> laterHttp.equals(http.get(path).headers().firstValue("Last-Modified").orElse("")));
        HttpResponse<byte[]> changed = http.get(path, "If-Modified-Since", MODIFIED_HTTP);
        assertEquals(200, changed.statusCode());
        assertArrayEquals(path.endsWith(".pdf") ? LARGE : SMALL, changed.body());
        assertEquals(304, http.get(path, "If-Modified-Since", laterHttp).statusCode());
        assertEquals(200, http.get(path, "Range", "bytes=0-9", "If-Range", MODIFIED_HTTP).statusCode());
        assertEquals(206, http.get(path, "Range", "bytes=0-9", "If-Range", laterHttp).statusCode());
    }

    @Test
    void renderedPagesIgnoreRangeAndHaveNoLastModified() {
        HttpResponse<byte[]> whole = http.get("/cv");
        HttpResponse<byte[]> ranged = http.get("/cv", "Range", "bytes=0-9");
        assertEquals(200, ranged.statusCode());
        assertArrayEquals(whole.body(), ranged.body());
        for (String name : List.of("Content-Range", "Last-Modified", "Accept-Ranges")) {
            assertFalse(ranged.headers().firstValue(name).isPresent(), name);
        }
        assertEquals(200, http.get("/cv", "If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").statusCode(),
                "a page is validated by its ETag alone");
    }

    private static String header(HttpResponse<byte[]> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name));
    }

    private static void write(String name, byte[] bytes, Instant modified) throws Exception {
        Path file = dir.resolve("static").resolve(name);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(20240102).nextBytes(bytes);
        return bytes;
    }

    private static byte[] text(int size) {
        StringBuilder s = new StringBuilder();
        for (int line = 0; s.length() < size; line++) {
            s.append("line ").append(line).append(": reading notes, chapter ").append(line % 17).append('\n');
        }
        return s.substring(0, size).getBytes(StandardCharsets.UTF_8);
    }
}
