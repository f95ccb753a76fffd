package io.github.conglongli.site.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interface text of one language: every word a page shows that does not come from the
 * owner's content, from the message bundles in {@code labels/} ({@code labels_en.properties}
 * is complete; another language falls back to it for a missing key), with the owner's
 * overrides from {@code site.yaml} on top. A value, so pages made with equal labels are equal.
 */
public record Labels(String language, Map<String, String> strings) {

    /** The languages shipped, by the bundle's name; a site's language tag picks one by its first part. */
    public static final List<String> SHIPPED = List.of("en", "zh", "ja");

    /** The bundles, read once: they never change while the jar runs. */
    private static final class Bundles {
        static final Map<String, Map<String, String>> BY_LANGUAGE = load();
    }

    public Labels {
        strings = Map.copyOf(strings);
    }

    /**
     * The labels for a site's language tag ("ja", "zh-Hans", "en-GB"): its shipped bundle, or
     * English when none is shipped; then {@code overrides}, each replacing one string.
     */
    public static Labels of(String languageTag, Map<String, String> overrides) {
        String language = bundleFor(languageTag).orElse("en");
        Map<String, String> strings = new HashMap<>(Bundles.BY_LANGUAGE.get("en"));
        strings.putAll(Bundles.BY_LANGUAGE.get(language));
        strings.putAll(overrides);
        return new Labels(language, strings);
    }

    /** The shipped bundle for a language tag, if there is one. */
    public static Optional<String> bundleFor(String languageTag) {
        String primary = languageTag.split("-")[0].toLowerCase(Locale.ROOT);
        return SHIPPED.contains(primary) ? Optional.of(primary) : Optional.empty();
    }

    /** Every key the bundles know, for checking the overrides an owner writes. */
    public static Set<String> keys() {
        return new TreeSet<>(Bundles.BY_LANGUAGE.get("en").keySet());
    }

    /** The strings of a shipped language's own bundle, without the English fallback (for tests of completeness). */
    public static Map<String, String> bundle(String language) {
        return Bundles.BY_LANGUAGE.get(language);
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no label '" + key + "'");
        }
        return value;
    }

    /** The label with its arguments filled in ({@link MessageFormat}, so plurals can be choices). */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ROOT).format(args);
    }

    /** A date as the language writes it: "2021", "Jul 2021" or "4 Jul 2021" in English, "2021年7月" in Japanese. */
    public String date(String isoDate) {
        if (isoDate.length() < 7) {
            return isoDate;
        }
        String year = isoDate.substring(0, 4);
        int month = Integer.parseInt(isoDate.substring(5, 7));
        String monthName = get("date.months").split(",")[month - 1];
        if (isoDate.length() < 10) {
            return format("date.month", year, monthName);
        }
        return format("date.day", year, monthName, Integer.parseInt(isoDate.substring(8, 10)));
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> bundles = new HashMap<>();
        for (String language : SHIPPED) {
            String resource = "/labels/labels_" + language + ".properties";
            try (InputStream in = Labels.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the jar has no " + resource);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> strings = new HashMap<>();
                properties.stringPropertyNames().forEach(key -> strings.put(key, properties.getProperty(key)));
                bundles.put(language, Map.copyOf(strings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(bundles);
    }
}
