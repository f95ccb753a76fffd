package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;

/**
 * A formula as the file has it and as it converted: what a {@link MathFormula} and a
 * {@link MathBlock} hold.
 *
 * @param source the formula as written, delimiters included (a block's lines joined by '\n')
 * @param texOffset where the LaTeX starts in {@code source}, after the opening delimiter
 * @param result the MathML, or why the LaTeX could not be read
 */
record WrittenFormula(String source, int texOffset, MathResult result) {

    /** What a block holds before the parser has seen its last line. */
    static final WrittenFormula NONE = new WrittenFormula("", 0, new MathResult.Failed(0, "empty formula"));
}
