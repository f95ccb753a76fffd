package io.github.conglongli.site.content.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Images with a caption become {@code <figure>} with {@code <figcaption>}: a paragraph holding
 * only an image with a title ({@code ![alt](src "caption")}), or an image with an emphasised line
 * right below it ({@code *caption*} on the next line). Any other image stays as it is.
 */
final class Figures implements PostProcessor {

    /** A figure: its image, then its caption. */
    static final class Figure extends CustomBlock {}

    static final class Caption extends CustomBlock {}

    @Override
    public Node process(Node document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                paragraphs.add(paragraph);
            }
        });
        paragraphs.forEach(Figures::toFigure);
        return document;
    }

    private static void toFigure(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof Image image) || insideOwnFigure(paragraph)) {
            return;
        }
        Node next = image.getNext();
        Caption caption = new Caption();
        if (next == null && image.getTitle() != null && !image.getTitle().isBlank()) {
            caption.appendChild(new Text(image.getTitle()));
            image.setTitle(null);
        } else if (next instanceof SoftLineBreak && next.getNext() instanceof Emphasis emphasis
                && emphasis.getNext() == null) {
            for (Node child = emphasis.getFirstChild(); child != null; ) {
                Node following = child.getNext();
                caption.appendChild(child);
                child = following;
            }
        } else {
            return;
        }
        Figure figure = new Figure();
        figure.setSourceSpans(paragraph.getSourceSpans());
        caption.setSourceSpans(paragraph.getSourceSpans());
        figure.appendChild(image);
        figure.appendChild(caption);
        paragraph.insertBefore(figure);
        paragraph.unlink();
    }

    /** Whether the owner wrote a {@code <figure>} of their own around the paragraph, which must not get a second. */
    private static boolean insideOwnFigure(Paragraph paragraph) {
        int open = 0;
        for (Node n = paragraph.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof HtmlBlock html) {
                String literal = html.getLiteral();
                open += count(literal, "<figure") - count(literal, "</figure");
            }
        }
        return open > 0;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** Writes a {@link Figure} and its {@link Caption}. */
    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Figure.class, Caption.class);
        }

        @Override
        public void render(Node node) {
            String tag = node instanceof Figure ? "figure" : "figcaption";
            html.line();
            html.tag(tag);
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/" + tag);
            html.line();
        }
    }
}
