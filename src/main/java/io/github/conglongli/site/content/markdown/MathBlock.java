package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import org.commonmark.node.CustomBlock;

/**
 * A display formula on lines of its own: {@code $$ ... $$}, {@code \[ ... \]}, or a bare
 * {@code \begin{equation} ... \end{equation}} (align, gather and the other display environments).
 */
final class MathBlock extends CustomBlock {

    private String source = "";
    private int texOffset;
    private MathResult result = new MathResult.Failed(0, "empty formula");

    /**
     * Called once, when the parser has seen the block's last line (commonmark creates the node
     * before its lines are known).
     *
     * @param source the lines as written, joined by '\n', delimiters included
     * @param texOffset where the LaTeX starts in {@code source}
     */
    void finish(String source, int texOffset, MathResult result) {
        this.source = source;
        this.texOffset = texOffset;
        this.result = result;
    }

    String source() {
        return source;
    }

    int texOffset() {
        return texOffset;
    }

    MathResult result() {
        return result;
    }
}
