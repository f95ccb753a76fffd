package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Fuzzes the filters of {@code /publications} with arbitrary query strings (the input's bytes
 * read as UTF-8), decoded by Jetty as the server does. Whatever the query, the filters are
 * bounded in length, their canonical address is a valid relative URL, and reading that address
 * again gives the same filters: the canonical form is also the cache key, so two spellings of one
 * search must not become two entries. Seeds are in {@code PublicationQueryFuzzTestInputs/}.
 */
class PublicationQueryFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void anyQueryHasABoundedCanonicalFormThatReadsBackTheSame(byte[] input) {
        Optional<Map<String, List<String>>> params = parameters(new String(input, StandardCharsets.UTF_8));
        if (params.isEmpty()) {
            return; // Jetty answers a malformed query with 400 before our code sees it
        }

        PublicationQuery query = PublicationQuery.parse(params.get());

        for (Optional<String> value : List.of(query.year(), query.type(), query.venue(), query.q())) {
            value.ifPresent(v -> assertTrue(v.length() <= PublicationQuery.MAX_VALUE_LENGTH,
                    () -> "unbounded value (" + v.length() + " chars) in " + query));
        }
        String url = query.url();
        assertTrue(url.startsWith("/publications"), url);
        URI uri = assertDoesNotThrow(() -> URI.create(url), () -> "not a valid relative URL: " + url);
        assertEquals(query.isDefault(), uri.getRawQuery() == null, url);
        PublicationQuery again = PublicationQuery.parse(parameters(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .orElseThrow(() -> new AssertionError("Jetty rejects the canonical address " + url)));
        assertEquals(query, again, () -> "reading back " + url + " changed the filters");
    }

    /** The query parameters as {@code PageHandler} reads them, or empty where Jetty rejects the query. */
    static Optional<Map<String, List<String>>> parameters(String rawQuery) {
        Fields fields = new Fields(true);
        try {
            // strict, as Jetty's default URI compliance is: bad %-escapes and bad UTF-8 are refused
            UrlEncoded.decodeUtf8To(rawQuery, 0, rawQuery.length(), fields::add, false, false, false);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            map.put(field.getName(), new ArrayList<>(field.getValues()));
        }
        return Optional.of(map);
    }
}
