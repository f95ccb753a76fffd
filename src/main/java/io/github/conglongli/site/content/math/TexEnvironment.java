package io.github.conglongli.site.content.math;

import static io.github.conglongli.site.content.math.MathNode.element;
import static io.github.conglongli.site.content.math.MathNode.row;
import static io.github.conglongli.site.content.math.MathNode.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code \begin{name} ... \end{name}}: matrices, cases, arrays and the aligned equations, as the
 * {@code mtable} KaTeX builds. Column alignment is a class on each cell ({@code math-left},
 * {@code math-right}) that the theme stylesheet turns into {@code text-align}, because MathML Core
 * drops {@code columnalign} and the CSP forbids {@code style}.
 */
final class TexEnvironment {

    /** Each matrix environment's fences. */
    private static final Map<String, String[]> MATRICES = Map.of(
            "matrix", new String[0], "pmatrix", new String[] {"(", ")"}, "bmatrix", new String[] {"[", "]"},
            "Bmatrix", new String[] {"{", "}"}, "vmatrix", new String[] {"∣", "∣"},
            "Vmatrix", new String[] {"∥", "∥"}, "smallmatrix", new String[0]);

    private static final Set<String> ALIGNED = Set.of("aligned", "align", "align*", "split", "alignat",
            "alignat*", "alignedat", "flalign", "flalign*");
    private static final Set<String> GATHERED = Set.of("gathered", "gather", "gather*", "equation", "equation*",
            "multline", "multline*");
    /** Environments LaTeX only allows on their own, not inside a formula in running text. */
    private static final Set<String> DISPLAY_ONLY = Set.of("align", "align*", "gather", "gather*", "equation",
            "equation*", "multline", "multline*", "flalign", "flalign*", "alignat", "alignat*");

    private final TexParser parser;

    TexEnvironment(TexParser parser) {
        this.parser = parser;
    }

    /** Reads from just after {@code \begin} to just after the matching {@code \end}. */
    List<MathNode> parseNodes(boolean display, int start) {
        String name = parser.readRawGroup("begin").strip();
        boolean known = MATRICES.containsKey(name) || ALIGNED.contains(name) || GATHERED.contains(name)
                || name.equals("cases") || name.equals("array");
        if (!known) {
            throw new TexException(start, "unknown environment " + name);
        }
        if (DISPLAY_ONLY.contains(name) && !display) {
            throw new TexException(start, "\\begin{" + name + "} works only in display math ($$...$$)");
        }
        List<String> columns = List.of();
        if (name.equals("array")) {
            columns = arrayColumns(parser.readRawGroup("begin{array}"), start);
        } else if (name.startsWith("alignat") || name.equals("alignedat")) {
            parser.readRawGroup("begin{" + name + "}");
        }
        boolean aligned = ALIGNED.contains(name);
        boolean cellsDisplay = aligned || GATHERED.contains(name);
        // align, gather, equation... number each line; their \tag labels its own line
        boolean numbered = DISPLAY_ONLY.contains(name);
        MathNode outerTag = numbered ? parser.takeTag() : null;
        List<MathNode> tags = new ArrayList<>();
        List<List<List<MathNode>>> rows = new ArrayList<>();
        List<List<MathNode>> cells = new ArrayList<>();
        while (true) {
            List<MathNode> cell = new ArrayList<>();
            if (aligned && cells.size() % 2 == 1) {
                // KaTeX starts each right-hand column with an empty group, so "&=" spaces as a relation
                cell.add(element("mrow", List.of()));
            }
            cell.addAll(parser.parseCell(cellsDisplay));
            cells.add(cell);
            String source = parser.source();
            int pos = parser.position();
            if (pos >= parser.end()) {
                throw new TexException(start, "missing \\end{" + name + "}");
            }
            if (source.charAt(pos) == '&') {
                parser.advance(1);
            } else if (source.startsWith("\\\\", pos)) {
                parser.advance(2);
                skipRowSpacing();
                if (numbered) {
                    tags.add(parser.takeTag());
                }
                rows.add(cells);
                cells = new ArrayList<>();
            } else if (parser.peekCommand().equals("end")) {
                int endAt = pos;
                parser.advance(4);
                String closing = parser.readRawGroup("end").strip();
                if (!closing.equals(name)) {
                    throw new TexException(endAt, "\\end{" + closing + "} does not match \\begin{" + name + "}");
                }
                if (numbered) {
                    tags.add(parser.takeTag());
                    parser.restoreTag(outerTag);
                }
                rows.add(cells);
                break;
            } else if (source.charAt(pos) == '}') {
                throw new TexException(pos, "unbalanced braces: } without a matching { inside " + name);
            } else {
                throw new TexException(pos, "missing \\end{" + name + "} before \\" + parser.peekCommand());
            }
        }
        // a \\ after the last row leaves an empty row behind, which LaTeX does not show
        List<List<MathNode>> last = rows.get(rows.size() - 1);
        boolean lastUntagged = tags.isEmpty() || tags.get(tags.size() - 1) == null;
        if (rows.size() > 1 && last.size() == 1 && last.get(0).isEmpty() && lastUntagged) {
            rows.remove(rows.size() - 1);
            if (!tags.isEmpty()) {
                tags.remove(tags.size() - 1);
            }
        }
        MathNode table = table(rows, cellsDisplay, name, columns, tags);
        if (name.equals("cases")) {
            return List.of(element("mrow", token("mo", "{", "fence", "true"), table));
        }
        String[] fences = MATRICES.get(name);
        if (fences != null && fences.length == 2) {
            return List.of(element("mrow", token("mo", fences[0], "fence", "true"), table,
                    token("mo", fences[1], "fence", "true")));
        }
        return List.of(table);
    }

    private void skipRowSpacing() {
        parser.skipSpace();
        int pos = parser.position();
        if (pos < parser.end() && parser.source().charAt(pos) == '[') {
            int close = parser.matchingBracket(pos);
            parser.advance(close + 1 - pos);
        }
    }

    private static MathNode table(List<List<List<MathNode>>> rows, boolean display, String name, List<String> columns,
            List<MathNode> tags) {
        // as KaTeX does, a table with one labelled line gives every line the glue and label cells
        boolean tagged = tags.stream().anyMatch(t -> t != null);
        List<MathNode> tableRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<List<MathNode>> cells = rows.get(r);
            List<MathNode> tableCells = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                MathNode content = element("mstyle", List.of(row(cells.get(i))),
                        "scriptlevel", "0", "displaystyle", String.valueOf(display));
                String align = alignment(name, columns, i);
                tableCells.add(align.isEmpty()
                        ? element("mtd", content)
                        : element("mtd", List.of(content), "class", "math-" + align));
            }
            tableRows.add(element("mtr", tagged ? TexParser.taggedRow(tableCells, tags.get(r)) : tableCells));
        }
        String kind = ALIGNED.contains(name) ? "math-aligned" : GATHERED.contains(name) ? "math-gathered"
                : name.equals("cases") ? "math-cases" : "math-matrix";
        return element("mtable", tableRows, "class", tagged ? kind + " math-tagged" : kind);
    }

    private static String alignment(String name, List<String> columns, int column) {
        if (ALIGNED.contains(name)) {
            return column % 2 == 0 ? "right" : "left";
        }
        if (name.equals("cases")) {
            return "left";
        }
        if (column < columns.size()) {
            return columns.get(column);
        }
        return "";
    }

    /** The column letters of {@code \begin{array}{lcr}}: l, c, r; rules (|) are not drawn. */
    private static List<String> arrayColumns(String spec, int start) {
        List<String> out = new ArrayList<>();
        for (char c : spec.toCharArray()) {
            switch (c) {
                case 'l' -> out.add("left");
                case 'c' -> out.add("");
                case 'r' -> out.add("right");
                case '|', ' ' -> { }
                default -> throw new TexException(start, "array columns may be l, c or r, not " + c);
            }
        }
        return out;
    }
}
