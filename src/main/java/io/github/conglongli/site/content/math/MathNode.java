package io.github.conglongli.site.content.math;

import java.util.List;

/**
 * One MathML element: a token ({@code mi}, {@code mn}, {@code mo}, {@code mtext}) holding text, or
 * a layout element holding children. Attributes are name/value pairs in the order they are written.
 */
record MathNode(String name, List<String> attributes, List<MathNode> children, String text) {

    MathNode {
        attributes = List.copyOf(attributes);
        children = List.copyOf(children);
    }

    static MathNode token(String name, String text, String... attributes) {
        return new MathNode(name, List.of(attributes), List.of(), text);
    }

    static MathNode element(String name, List<MathNode> children, String... attributes) {
        return new MathNode(name, List.of(attributes), children, "");
    }

    static MathNode element(String name, MathNode... children) {
        return new MathNode(name, List.of(), List.of(children), "");
    }

    /** The nodes as one: nothing becomes an empty {@code mrow}, one node itself, several an {@code mrow}. */
    static MathNode row(List<MathNode> nodes) {
        return nodes.size() == 1 ? nodes.get(0) : new MathNode("mrow", List.of(), nodes, "");
    }

    boolean isToken() {
        return name.equals("mi") || name.equals("mn") || name.equals("mo") || name.equals("mtext");
    }

    MathNode withText(String newText) {
        return new MathNode(name, attributes, children, newText);
    }

    void write(StringBuilder out) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            out.append(' ').append(attributes.get(i)).append("=\"");
            escape(attributes.get(i + 1), out);
            out.append('"');
        }
        out.append('>');
        escape(text, out);
        for (MathNode child : children) {
            child.write(out);
        }
        out.append("</").append(name).append('>');
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
