package io.github.conglongli.site.render.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML made from the owner's Markdown by {@link Markdown}, which escapes raw HTML and refuses
 * unsafe link schemes. Only that class can create one, so a template printing a {@code Markup}
 * never prints unchecked markup.
 */
public final class Markup implements Content {

    private final String html;

    Markup(String html) {
        this.html = html;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(html);
    }

    public String html() {
        return html;
    }

    /** Equal when the text is, so pages showing it can be compared by what they show (see PageMemo). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Markup that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
