package io.github.conglongli.site.render.view;

import java.util.regex.Pattern;

/**
 * A link as shown: its visible text and its target. {@code showsTarget} is true when the text
 * already spells out the address, so print styles need not append it again.
 */
public record LinkView(String text, String url, boolean showsTarget) {

    private static final Pattern SCHEME = Pattern.compile("^(https?://|mailto:)");
    private static final Pattern TRAILING_SLASH = Pattern.compile("/$");

    public LinkView(String text, String url) {
        this(text, url, spellsOut(text, url));
    }

    private static boolean spellsOut(String text, String url) {
        String address = TRAILING_SLASH.matcher(SCHEME.matcher(url).replaceFirst("")).replaceFirst("");
        return address.equals(TRAILING_SLASH.matcher(text).replaceFirst(""));
    }
}
