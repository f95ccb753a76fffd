package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.source.Accents;
import java.util.Locale;
import java.util.regex.Pattern;

/** Address-friendly forms of names: "Machine Learning" is "machine-learning"; letters of any script stay, Latin ones without accents. */
public final class Slugs {

    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {}

    public static String of(String name) {
        String plain = Accents.strip(name);
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-"))
                .replaceAll("");
        return slug.isEmpty() ? "-" : slug;
    }
}
