package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import org.commonmark.node.CustomNode;

/**
 * A formula inside a paragraph: {@code $...$}, {@code \(...\)}, or {@code $$...$$} and
 * {@code \[...\]} written within a line of text (shown on their own line, as LaTeX does).
 */
final class MathFormula extends CustomNode {

    private final String source;
    private final int texOffset;
    private final MathResult result;

    /**
     * @param source the formula as written, delimiters included
     * @param texOffset where the LaTeX starts in {@code source} (after the opening delimiter)
     */
    MathFormula(String source, int texOffset, MathResult result) {
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
