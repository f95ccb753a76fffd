package io.github.conglongli.site.content.math;

/**
 * Stops the reader at a LaTeX error; never leaves this package: {@link TexToMathMl} turns it into
 * a {@link MathResult.Failed} value.
 */
final class TexException extends RuntimeException {

    private final int offset;

    TexException(int offset, String message) {
        super(message, null, false, false);
        this.offset = offset;
    }

    int offset() {
        return offset;
    }
}
