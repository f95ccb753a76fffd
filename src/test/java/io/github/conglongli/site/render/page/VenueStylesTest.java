package io.github.conglongli.site.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.VenueBadge;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VenueStylesTest {

    private static double contrast(String a, String b) {
        double la = VenueStyles.luminance(a);
        double lb = VenueStyles.luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theTextOnABadgeIsWhiteOrBlackWhicheverReadsAtLeastAA() {
        assertEquals("#ffffff", VenueStyles.textOn("#00369f"), "al-folio's sample blue");
        assertEquals("#000000", VenueStyles.textOn("#ffd700"), "gold");
        for (int rgb = 0; rgb <= 0xffffff; rgb += 0x0f0f0f / 3) {
            String fill = String.format("#%06x", rgb);
            assertTrue(contrast(fill, VenueStyles.textOn(fill)) >= 4.5, fill);
        }
    }

    @Test
    void oneRulePerColouredVenueNoneWithoutColours() {
        String css = VenueStyles.css(Map.of(
                "ICML", new VenueBadge(Optional.of("https://icml.cc"), Optional.of("#0b5")),
                "NeurIPS", new VenueBadge(Optional.empty(), Optional.of("#00369F")),
                "Notes", new VenueBadge(Optional.of("https://notes.example.org"), Optional.empty()))).orElseThrow();
        assertEquals("""
                /* venues.yaml */
                .badge.abbr.venue-icml { background: #00bb55; border-color: #00bb55; color: #000000; }
                .badge.abbr.venue-neurips { background: #00369f; border-color: #00369f; color: #ffffff; }
                """, css);
        assertEquals(Optional.empty(), VenueStyles.css(Map.of("Notes",
                new VenueBadge(Optional.of("https://notes.example.org"), Optional.empty()))));
    }
}
