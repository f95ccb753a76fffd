package io.github.conglongli.site.content.markdown;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlTextEscapingMode;

/**
 * Collects the text of sanitized HTML as the sanitizer writes it, so the plain text holds
 * exactly what a reader sees (never the inside of a removed {@code <script>}). Block elements
 * start a new line; inline ones do not, so "a<em>b</em>" stays one word while table cells and
 * list items stay apart. A formula reads as its LaTeX between dollars ({@code $k$-means}), the
 * way the owner wrote it, not as the letters of its MathML. A footnote's marks (the number in
 * the text, the arrow back) are not words: "them.1" and "↩" would be read and searched.
 */
final class PlainText implements HtmlStreamEventReceiver {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "cite", "code", "del", "em", "i", "img", "kbd", "mark", "q", "s", "small", "span",
            "strong", "sub", "sup");

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private int depth;
    /** Inside {@code <math>}: 0 outside; the text that counts is the annotation's. */
    private int mathDepth;
    /** Inside a footnote's number or its arrow back: 0 outside. */
    private int markDepth;
    private boolean inAnnotation;
    private String mathDelimiter = "$";
    private final StringBuilder annotation = new StringBuilder();
    private boolean inFirstParagraph;
    private Optional<String> firstParagraph = Optional.empty();

    /** One block a line, spaces collapsed, no blank lines. */
    String text() {
        List<String> lines = text.toString().lines().map(PlainText::collapse).filter(l -> !l.isEmpty()).toList();
        return String.join("\n", lines);
    }

    /** The text of the first top-level {@code <p>} that has any. */
    Optional<String> firstParagraph() {
        return firstParagraph;
    }

    @Override
    public void openTag(String elementName, List<String> attrs) {
        if (markDepth > 0 || isFootnoteMark(attrs)) {
            if (!HtmlTextEscapingMode.isVoidElement(elementName)) {
                markDepth++;
            }
            return;
        }
        if (elementName.equals("math") || mathDepth > 0) {
            if (elementName.equals("math")) {
                mathDelimiter = attrs.contains("block") ? "$$" : "$";
            }
            inAnnotation = elementName.equals("annotation");
            annotation.setLength(0);
            mathDepth++;
            return;
        }
        if (!INLINE.contains(elementName)) {
            text.append('\n');
            paragraph.append(' ');
        }
        if (elementName.equals("p") && depth == 0 && firstParagraph.isEmpty()) {
            inFirstParagraph = true;
            paragraph.setLength(0);
        }
        if (!HtmlTextEscapingMode.isVoidElement(elementName)) {
            depth++;
        }
    }

    private static boolean isFootnoteMark(List<String> attrs) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals("class")
                    && (attrs.get(i + 1).equals("footnote-ref") || attrs.get(i + 1).equals("footnote-backref"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void closeTag(String elementName) {
        if (markDepth > 0) {
            markDepth--;
            return;
        }
        if (mathDepth > 0) {
            mathDepth--;
            if (inAnnotation) {
                String tex = mathDelimiter + annotation.toString().replace('\n', ' ') + mathDelimiter;
                text.append(tex);
                if (inFirstParagraph) {
                    paragraph.append(tex);
                }
            }
            inAnnotation = false;
            return;
        }
        depth--;
        if (!INLINE.contains(elementName)) {
            text.append('\n');
        }
        if (inFirstParagraph && depth == 0) {
            inFirstParagraph = false;
            String found = collapse(paragraph.toString());
            if (!found.isEmpty()) {
                firstParagraph = Optional.of(found);
            }
        }
    }

    @Override
    public void text(String chunk) {
        if (markDepth > 0) {
            return;
        }
        if (mathDepth > 0) {
            if (inAnnotation) {
                annotation.append(chunk);
            }
            return;
        }
        // a line break inside a paragraph is a space to a reader
        String spaced = chunk.replace('\n', ' ').replace('\r', ' ');
        text.append(spaced);
        if (inFirstParagraph) {
            paragraph.append(spaced);
        }
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
