package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                if (node instanceof MathFormula f) {
                    failure(node, f.formula(), firstLine).ifPresent(failures::add);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof MathBlock b) {
                    failure(node, b.formula(), firstLine).ifPresent(failures::add);
                }
                visitChildren(node);
            }
        });
        return List.copyOf(failures);
    }

    private static Optional<MarkdownError> failure(Node node, WrittenFormula formula, int firstLine) {
        if (!(formula.result() instanceof MathResult.Failed failed)) {
            return Optional.empty();
        }
        FilePosition at = FilePosition.within(formula.source(), node.getSourceSpans(),
                formula.texOffset() + failed.offset(), firstLine);
        return Optional.of(new MarkdownError(at.line(), at.column(), failed.message()));
    }
}
