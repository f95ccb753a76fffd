package io.github.conglongli.site.render.view;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML made from the owner's Markdown: by {@link Markdown}, which escapes raw HTML and refuses
 * unsafe link schemes, or from a page's body, which the content's Markdown renderer has passed
 * through an allow-list sanitizer. Nothing else can create one, so a template printing a
 * {@code Markup} never prints unchecked markup.
 */
public final class Markup implements Content {

    /** A footnote's back-link as commonmark names it, in English; its number is kept. */
    private static final Pattern BACK_LINK = Pattern.compile("aria-label=\"Back to reference ([0-9]{1,5}(?:-[0-9]{1,5})?)\"");

    private final String html;

    Markup(String html) {
        this.html = html;
    }

    /**
     * A page's or post's body. Paths on this site get the site's base path ({@code basePath},
     * "" at a domain's root); the sanitizer writes every attribute in double quotes, so the
     * paths are exactly the values that start {@code href="/} or {@code src="/}.
     */
    public static Markup of(RenderedMarkdown body, String basePath) {
        return new Markup(belowPath(body.html(), basePath));
    }

    /**
     * A body as {@link #of(RenderedMarkdown, String)} makes it, with the footnotes' back-links
     * named in the page's language: the Markdown renderer knows no language and writes
     * commonmark's English, which {@code backLink} ("Back to reference {0}") replaces.
     */
    public static Markup of(RenderedMarkdown body, String basePath, Function<String, String> backLink) {
        Matcher m = BACK_LINK.matcher(belowPath(body.html(), basePath));
        return new Markup(m.replaceAll(r -> "aria-label=\"" + Matcher.quoteReplacement(escape(backLink.apply(r.group(1))))
                + "\""));
    }


    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&#34;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The same HTML with every {@code href} and {@code src} that is a path on the site below {@code basePath}. */
    static String belowPath(String html, String basePath) {
        if (basePath.isEmpty()) {
            return html;
        }
        return html.replace("href=\"/", "href=\"" + basePath + "/").replace("src=\"/", "src=\"" + basePath + "/")
                .replace("=\"" + basePath + "//", "=\"//");
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
