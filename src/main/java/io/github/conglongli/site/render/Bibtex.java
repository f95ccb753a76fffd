package io.github.conglongli.site.render;

import io.github.conglongli.site.content.Publication;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** PLACEHOLDER until the bibtex branch is merged. */
public final class Bibtex {
    private Bibtex() {}

    public static Map<String, String> keys(List<Publication> publications) {
        Map<String, String> keys = new LinkedHashMap<>();
        publications.forEach(p -> keys.put(p.slug(), p.slug()));
        return keys;
    }

    public static String entry(Publication p, String key, String pageUrl) {
        return "@misc{" + key + ",\n  title = {" + p.title() + "},\n}\n";
    }

    public static String database(List<Publication> publications, Map<String, String> keys,
            Function<Publication, String> pageUrl) {
        StringBuilder s = new StringBuilder();
        publications.forEach(p -> s.append(entry(p, keys.get(p.slug()), pageUrl.apply(p))).append('\n'));
        return s.toString();
    }
}
