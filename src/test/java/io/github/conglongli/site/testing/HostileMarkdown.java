package io.github.conglongli.site.testing;

import java.util.List;

/**
 * Markdown pages that broke the parser at the shipped {@code -Xss256k -Xmx128m} before they were
 * bounded (issue 17), each with where it is now refused. The body starts on line 4 of the file,
 * after a three-line front matter. Used in process and in a child JVM with the shipped flags.
 */
public final class HostileMarkdown {

    /**
     * @param name what the page does
     * @param file the whole file
     * @param refusedAt "line:column: start of the message" it is refused with
     */
    public record Case(String name, String file, String refusedAt) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String FRONT = "---\ntitle: Hostile\n---\n";

    private HostileMarkdown() {}

    public static List<Case> cases() {
        return List.of(
                new Case("20,000 '>' on one line", FRONT + ">".repeat(20_000) + " x\n", "4:20001: line is 20002"),
                new Case("5,000 nested quotes", FRONT + "> ".repeat(5_000) + "x\n", "4:65: quotes and lists are nested"),
                new Case("lists nested by indentation", FRONT + lines(200, i -> "  ".repeat(i) + "- x"),
                        "36:65: quotes and lists are nested"),
                new Case("5,000 list markers on a line", FRONT + "- ".repeat(5_000) + "x\n",
                        "4:65: quotes and lists are nested"),
                new Case("a run of 9,000 '*'", FRONT + "*".repeat(9_000) + "x" + "*".repeat(9_000) + "\n",
                        "4:1: a run of 9000 '*'"),
                new Case("emphasis opened on 3,000 lines", FRONT + lines(3_000, i -> "*a _b") + "x\n",
                        "20:1: emphasis is nested"),
                new Case("9,000 '[' on one line", FRONT + "[".repeat(9_000) + "x\n", "4:33: more than 32 '['"),
                new Case("a run of 9,000 backticks", FRONT + "`".repeat(9_000) + "x\n", "4:1: a run of 9000 '`'"),
                new Case("a line of 100,000 characters", FRONT + "word ".repeat(20_000) + "\n", "4:20001: line is"),
                new Case("a table of 300 rows by 60 columns", FRONT + table(300, 60), "165:1: this table has more than"),
                new Case("a NUL byte", FRONT + "hello\0world\n", "4:6: a NUL character"),
                new Case("a YAML alias bomb in the front matter", "---\ntitle: Bomb\na: &a [\"lol\",\"lol\",\"lol\"]\n"
                        + "b: &b [*a,*a,*a]\nc: &c [*b,*b,*b]\nd: [*c,*c,*c]\n---\nx\n", "4:8: YAML aliases"),
                new Case("300 KB of text", FRONT + ("A sentence of plain words.\n").repeat(12_000),
                        "file is 324023 bytes"));
    }

    /** A valid page, the same title each time but with {@code text} as its body. */
    public static String valid(String text) {
        return FRONT.replace("Hostile", "Fine") + text + "\n";
    }

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(line.apply(i)).append('\n');
        }
        return b.toString();
    }

    private static String table(int rows, int columns) {
        String row = "|" + " a |".repeat(columns) + "\n";
        return row + "|" + "---|".repeat(columns) + "\n" + row.repeat(rows);
    }
}
