package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;

/** The formulas of a parsed document that are not valid LaTeX, each at its place in the file. */
final class MathFindings {

    private MathFindings() {}

    /** @param firstLine the line of the file on which the parsed Markdown starts */
    static List<MarkdownError> of(Node document, int firstLine) {
        List<MarkdownError> failures = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof MathFormula f && f.result() instanceof MathResult.Failed failed) {
                    failures.add(failure(node, f.source(), f.texOffset() + failed.offset(), failed.message(), firstLine));
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof MathBlock b && b.result() instanceof MathResult.Failed failed) {
                    failures.add(failure(node, b.source(), b.texOffset() + failed.offset(), failed.message(), firstLine));
                }
                visitChildren(node);
            }
        });
        return List.copyOf(failures);
    }

    private static MarkdownError failure(Node node, String source, int offset, String message, int firstLine) {
        FilePosition at = FilePosition.within(source, node.getSourceSpans(), offset, firstLine);
        return new MarkdownError(at.line(), at.column(), message);
    }
}
