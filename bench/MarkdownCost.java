import io.github.conglongli.site.content.markdown.CitedWork;
import io.github.conglongli.site.content.markdown.MarkdownRenderer;
import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import io.github.conglongli.site.content.markdown.code.CodeHighlighter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What coloured code, footnotes, contents, figures and citations cost a Markdown body: the
 * first code block and the first render in a fresh JVM (classes loaded, tables built), the best warm render of a post
 * with and without its code coloured (the same post with every fence's language removed), the
 * size of the HTML the page cache holds, and the lexer's throughput on a large Python block.
 *
 * <pre>
 * ./mvnw -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xss256k -Xmx128m -cp target/classes:$(cat target/cp.txt) bench/MarkdownCost.java \
 *     examples/content/posts/2025-11-12-reproducing-our-numbers.md
 * </pre>
 */
public final class MarkdownCost {

    public static void main(String[] args) throws Exception {
        String post = Files.readString(Path.of(args[0]));
        String body = post.substring(post.indexOf("\n---\n", 4) + 5);
        String plain = body.replaceAll("(?m)^```[a-z].*$", "```");
        Map<String, CitedWork> papers = Map.of(
                "2025-kilobyte-transformers", new CitedWork("a", "/publications/a", "A"),
                "2024-when-pruning-breaks-calibration", new CitedWork("b", "/publications/b", "B"),
                "2023-intermittent-inference-on-battery-free-sensors", new CitedWork("c", "/publications/c", "C"));

        long c0 = System.nanoTime();
        CodeHighlighter.html("python", "def f(x):\n    return x  # first\n");
        System.out.printf("first code block in a fresh JVM (lexer classes and tables): %.1f ms%n",
                (System.nanoTime() - c0) / 1e6);
        long t0 = System.nanoTime();
        MarkdownRenderer renderer = new MarkdownRenderer(Set.of(), papers);
        RenderedMarkdown first = renderer.render(body, 1);
        System.out.printf("first render in a fresh JVM (with class loading): %.1f ms%n", (System.nanoTime() - t0) / 1e6);

        System.out.printf("warm render, code coloured:   best %.3f ms%n", best(renderer, body));
        System.out.printf("warm render, code plain:      best %.3f ms%n", best(renderer, plain));
        System.out.printf("HTML bytes, coloured / plain: %d / %d%n", first.html().length(),
                renderer.render(plain, 1).html().length());

        String python = ("@decorator\ndef f(x: int) -> str:  # comment\n    return f\"{x}\" + 'a' * 0x1F\n").repeat(1_800);
        String block = "```python\n" + python + "```\n";
        System.out.printf("a %d KB Python block: best %.2f ms coloured, %.2f ms plain%n", python.length() / 1024,
                best(renderer, block), best(renderer, "```\n" + python + "```\n"));
    }

    private static double best(MarkdownRenderer renderer, String markdown) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 200; i++) {
            long t = System.nanoTime();
            renderer.render(markdown, 1);
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }
}
