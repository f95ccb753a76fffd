package io.github.conglongli.site.content.markdown;

import org.commonmark.node.CustomNode;

/**
 * A formula inside a paragraph: {@code $...$}, {@code \(...\)}, or {@code $$...$$} and
 * {@code \[...\]} written within a line of text (shown on their own line, as LaTeX does).
 */
final class MathFormula extends CustomNode {

    private final WrittenFormula formula;

    MathFormula(WrittenFormula formula) {
        this.formula = formula;
    }

    WrittenFormula formula() {
        return formula;
    }
}
