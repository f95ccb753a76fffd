package io.github.conglongli.site.render.view;

/**
 * A link as shown: its visible text and its target. {@code showsTarget} is true when the text
 * already spells out the address, so print styles need not append it again.
 */
public record LinkView(String text, String url, boolean showsTarget) {

    public LinkView(String text, String url) {
        this(text, url, url.replaceFirst("^(https?://|mailto:)", "").replaceFirst("/$", "")
                .equals(text.replaceFirst("/$", "")));
    }
}
