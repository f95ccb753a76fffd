package io.github.conglongli.site.render.view;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the owner's inline Markdown (*emphasis*, **strong**, [links](https://...)) to HTML.
 * Raw HTML in the text is escaped, not passed through, and link targets other than http(s),
 * mailto and relative paths are dropped, so content stays data and never becomes code.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer BLOCK = renderer(false);
    private static final HtmlRenderer INLINE = renderer(true);

    private Markdown() {}

    private static HtmlRenderer renderer(boolean inline) {
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .omitSingleParagraphP(inline)
                // the sanitizer marks links nofollow; these are the owner's own links and should count
                .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.remove("rel"))
                .build();
    }

    /** Paragraphs and all: for descriptions, bios, abstracts. */
    public static Markup block(String markdown) {
        return new Markup(BLOCK.render(PARSER.parse(markdown)).strip());
    }

    /** A single paragraph without its {@code <p>}: for text inside a sentence or list item. */
    public static Markup inline(String markdown) {
        return new Markup(INLINE.render(PARSER.parse(markdown)).strip());
    }
}
