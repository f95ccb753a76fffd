package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes each formula as its MathML; a formula that failed is written as the LaTeX source, as
 * text, so the page still reads (the failure itself is reported at its place in the file).
 */
final class MathNodeRenderer implements NodeRenderer {

    private final HtmlWriter html;

    MathNodeRenderer(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathFormula.class, MathBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof MathFormula formula) {
            write(formula.formula().result(), formula.formula().source());
        } else if (node instanceof MathBlock block) {
            html.line();
            write(block.formula().result(), block.formula().source());
            html.line();
        }
    }

    private void write(MathResult result, String source) {
        if (result instanceof MathResult.Rendered rendered) {
            html.raw(rendered.mathMl());
        } else {
            html.text(source);
        }
    }
}
