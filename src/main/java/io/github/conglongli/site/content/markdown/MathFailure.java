package io.github.conglongli.site.content.markdown;

/** A formula that is not valid LaTeX, at the 1-based line and column of the problem in the file. */
public record MathFailure(int line, int column, String message) {}
