package io.github.conglongli.site.content.math;

/** A formula turned into MathML, or the LaTeX error that stopped it. */
public sealed interface MathResult {

    /** @param mathMl one {@code <math>} element, ready to be written into a page */
    record Rendered(String mathMl) implements MathResult {}

    /**
     * @param offset where in the formula the problem is (0-based, in chars of the LaTeX)
     * @param message what is wrong, for the site owner
     */
    record Failed(int offset, String message) implements MathResult {}
}
