package io.github.conglongli.site.content.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A display formula on lines of its own: {@code $$ ... $$}, {@code \[ ... \]}, or a bare
 * {@code \begin{equation} ... \end{equation}} (align, gather and the other display environments).
 */
final class MathBlock extends CustomBlock {

    private WrittenFormula formula = WrittenFormula.NONE;

    /** Called once, when the parser has seen the block's last line (commonmark creates the node before its lines are known). */
    void finish(WrittenFormula formula) {
        this.formula = formula;
    }

    WrittenFormula formula() {
        return formula;
    }
}
