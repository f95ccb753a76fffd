package io.github.conglongli.site.render.view;

import io.github.conglongli.site.content.markdown.MathExtension;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the owner's inline Markdown (*emphasis*, **strong**, [links](https://...)) to HTML.
 * Raw HTML in the text is escaped, not passed through, and link targets other than http(s),
 * mailto and relative paths are dropped, so content stays data and never becomes code. LaTeX
 * between dollars becomes MathML, as in pages (its errors are reported when the content loads).
 */
public final class Markdown {

    // abstracts, bios and news may hold formulas ($k$-means), drawn as in pages and posts
    private static final List<Extension> EXTENSIONS = List.of(MathExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer BLOCK = renderer().build();
    /** One paragraph without its {@code <p>}, to sit inside a sentence or a heading. */
    private static final HtmlRenderer INLINE = renderer().omitSingleParagraphP(true).build();

    private Markdown() {}

    private static HtmlRenderer.Builder renderer() {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .attributeProviderFactory(context -> Markdown::linkAttributes);
    }

    private static void linkAttributes(Node node, String tag, Map<String, String> attributes) {
        // the sanitizer marks links nofollow; these are the owner's own links and should count
        attributes.remove("rel");
        if (node instanceof Link link && new LinkView(text(link), link.getDestination()).showsTarget()) {
            attributes.put("class", "shows-target"); // print styles need not repeat the address
        }
    }

    private static String text(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            s.append(child instanceof Text t ? t.getLiteral() : text(child));
        }
        return s.toString();
    }

    /** Paragraphs and all: for descriptions, bios, abstracts. */
    public static Markup block(String markdown) {
        return block(markdown, "");
    }

    /** The same, with links to paths on the site below {@code basePath} (a site published below a path). */
    public static Markup block(String markdown, String basePath) {
        return new Markup(Markup.belowPath(BLOCK.render(PARSER.parse(markdown)).strip(), basePath));
    }

    /** A single paragraph without its {@code <p>}: for text inside a sentence or list item. */
    public static Markup inline(String markdown) {
        return inline(markdown, "");
    }

    /** The same, with links to paths on the site below {@code basePath}. */
    public static Markup inline(String markdown, String basePath) {
        return new Markup(Markup.belowPath(INLINE.render(PARSER.parse(markdown)).strip(), basePath));
    }
}
