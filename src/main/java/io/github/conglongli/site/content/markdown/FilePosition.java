package io.github.conglongli.site.content.markdown;

import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** A 1-based line and column in the Markdown file. */
record FilePosition(int line, int column) {

    /**
     * Where {@code node} starts, or where its nearest parent with a known place does.
     *
     * @param firstLine the line of the file on which the parsed Markdown starts
     */
    static FilePosition of(Node node, int firstLine) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                SourceSpan span = n.getSourceSpans().get(0);
                return new FilePosition(firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
            }
        }
        return new FilePosition(firstLine, 1);
    }

    /**
     * Where character {@code offset} of a node's literal text is. Commonmark gives one source
     * span per line of the node; the literal holds the same lines joined by '\n', without the
     * indentation or {@code > } of the blocks it sits in, which the spans' columns account for.
     */
    static FilePosition within(String literal, List<SourceSpan> spans, int offset, int firstLine) {
        if (spans.isEmpty()) {
            return new FilePosition(firstLine, 1);
        }
        int lineOfLiteral = 0;
        int lineStart = 0;
        for (int i = 0; i < offset && i < literal.length(); i++) {
            if (literal.charAt(i) == '\n') {
                lineOfLiteral++;
                lineStart = i + 1;
            }
        }
        SourceSpan span = spans.get(Math.min(lineOfLiteral, spans.size() - 1));
        return new FilePosition(firstLine + span.getLineIndex(), span.getColumnIndex() + offset - lineStart + 1);
    }
}
