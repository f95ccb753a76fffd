package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of the optional {@code venues.yaml}, shaped like al-folio's {@code _data/venues.yml}:
 * the badge a BibTeX entry's {@code abbr} shows links to {@code url} and is filled with
 * {@code color} (drawn by a stylesheet of the site's own, since the content security policy
 * refuses inline styles; the text on it is white or black, whichever reads better).
 */
public record VenueBadge(Optional<String> url, Optional<String> color) {

    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?");

    static VenueBadge read(FieldReader f) {
        Optional<String> color = f.optionalText("color");
        if (color.isPresent() && !COLOR.matcher(color.get()).matches()) {
            f.error("color", "'color' must be a colour such as \"#00369f\", got '" + color.get() + "'");
        }
        return new VenueBadge(f.optionalUrl("url"), color);
    }
}
