package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.VenueBadge;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stylesheet that colours the papers' venue badges as venues.yaml says (al-folio's
 * {@code _data/venues.yml}): one rule per venue with a colour, the badge filled with it and its
 * text white or black, whichever contrasts more (never below 4.5:1, so WCAG AA holds for
 * any colour). A file of its own because the content security policy refuses style attributes.
 */
final class VenueStyles {

    private static final String LIGHT_TEXT = "#ffffff";
    private static final String DARK_TEXT = "#000000";

    private VenueStyles() {}

    /** The class of the badge of venue {@code abbr}, the same whether or not it has a colour. */
    static String className(String abbr) {
        return "venue-" + Slugs.of(abbr);
    }

    /** The rules for the venues that have a colour, or nothing when none has. */
    static Optional<String> css(Map<String, VenueBadge> venues) {
        StringBuilder css = new StringBuilder();
        Set<String> classes = new LinkedHashSet<>();
        new TreeMap<>(venues).forEach((abbr, badge) -> badge.color().ifPresent(color -> {
            String name = className(abbr);
            if (classes.add(name)) { // "ICML" and "icml" are one class: the first, in name order, wins
                String fill = sixDigits(color);
                css.append(".badge.abbr.").append(name).append(" { background: ").append(fill)
                        .append("; border-color: ").append(fill).append("; color: ").append(textOn(fill))
                        .append("; }\n");
            }
        }));
        return css.isEmpty() ? Optional.empty() : Optional.of("/* venues.yaml */\n" + css);
    }

    /** The text colour that reads better on {@code fill} ("#rrggbb"). */
    static String textOn(String fill) {
        double background = luminance(fill);
        double onWhite = (1.05) / (background + 0.05);
        double onDark = (background + 0.05) / (luminance(DARK_TEXT) + 0.05);
        return onWhite >= onDark ? LIGHT_TEXT : DARK_TEXT;
    }

    /** "#abc" as "#aabbcc", lower case. */
    static String sixDigits(String color) {
        String hex = color.substring(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** WCAG relative luminance of "#rrggbb": 0 is black, 1 is white. */
    static double luminance(String color) {
        double total = 0;
        double[] weights = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(color.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            total += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return total;
    }
}
