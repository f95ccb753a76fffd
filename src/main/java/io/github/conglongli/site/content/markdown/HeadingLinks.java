package io.github.conglongli.site.content.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Headings with their id (from the heading-anchor extension) and, on {@code h2} to {@code h4},
 * a link to themselves that the stylesheet shows on hover and focus. The link has no text of its
 * own (the "#" is drawn by CSS, so the page's text and word count stay clean) and takes its
 * accessible name from the heading it sits in, in whatever language the heading is written.
 */
final class HeadingLinks implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HeadingLinks(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + heading.getLevel();
        Map<String, String> attributes = context.extendAttributes(heading, tag, Map.of());
        html.line();
        html.tag(tag, attributes);
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        String id = attributes.get("id");
        if (id != null && heading.getLevel() >= 2 && heading.getLevel() <= 4) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("href", "#" + id);
            link.put("class", "anchor");
            link.put("aria-labelledby", id);
            html.tag("a", link);
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }
}
