package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.markdown.code.CodeHighlighter;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Writes fenced code blocks coloured by {@link CodeHighlighter} instead of commonmark's plain {@code <pre>}. */
final class HighlightedCodeBlocks implements NodeRenderer {

    private final HtmlWriter html;

    HighlightedCodeBlocks(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo();
        html.line();
        html.raw(CodeHighlighter.html(info, block.getLiteral()));
    }
}
