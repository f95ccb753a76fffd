package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form of a search: values are bounded, and reading back {@link PublicationQuery#url()}
 * gives the same filters (it is also the cache key). {@link PublicationQueryFuzzTest} found the
 * trailing space left by the cut; the other two cases came from reviewing that code and are
 * seeds of the fuzz test now.
 */
class PublicationQueryTest {

    private static PublicationQuery readBack(PublicationQuery query) {
        String rawQuery = query.url().substring(query.url().indexOf('?') + 1);
        return PublicationQuery.parse(PublicationQueryFuzzTest.parameters(rawQuery).orElseThrow());
    }

    @Test
    void aValueCutAtTheBoundAfterASpaceReadsBackTheSame() {
        PublicationQuery query = PublicationQuery.parse(Map.of("q", List.of("a".repeat(99) + " b")));

        assertEquals("a".repeat(99), query.q().orElseThrow(), "no trailing space left by the cut");
        assertEquals(query, readBack(query));
    }

    @Test
    void theCutNeverSplitsACharacterInTwo() {
        PublicationQuery query = PublicationQuery.parse(Map.of("venue", List.of("a".repeat(99) + "\uD83D\uDE00")));

        String venue = query.venue().orElseThrow();
        assertFalse(Character.isHighSurrogate(venue.charAt(venue.length() - 1)), venue);
        assertEquals(query, readBack(query));
    }

    @Test
    void lowerCasingCannotStretchAValuePastTheBound() {
        // 'İ' lower-cases to two chars, "i" and a combining dot
        PublicationQuery query = PublicationQuery.parse(Map.of("type", List.of("\u0130".repeat(100))));

        assertTrue(query.type().orElseThrow().length() <= PublicationQuery.MAX_VALUE_LENGTH);
        assertEquals(query, readBack(query));
    }
}
