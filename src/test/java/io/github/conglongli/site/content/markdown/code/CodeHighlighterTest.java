package io.github.conglongli.site.content.markdown.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fenced code coloured on the server: for each language a real snippet, and a few of its spans
 * with the class they must get; the text always survives exactly, and hostile blocks cost time
 * in proportion to their length.
 */
@Timeout(30)
class CodeHighlighterTest {

    /** A span of {@code text} (as written in the source) carrying {@code kind}. */
    private record Span(String kind, String text) {}

    private static Span span(String kind, String text) {
        return new Span(kind, text);
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("python", """
                        @torch.no_grad()
                        def attention(q, k, v: Tensor) -> Tensor:  # scaled dot product
                            scores = q @ k.T / math.sqrt(k.shape[-1])
                            return f"{scores!r}" if None else softmax(scores, dim=-1) @ v
                        """, List.of(span("meta", "@torch.no_grad"), span("keyword", "def"),
                        span("function", "attention"), span("type", "Tensor"),
                        span("comment", "# scaled dot product"), span("string", "f\"{scores!r}\""),
                        span("constant", "None"), span("number", "1"))),
                Arguments.of("java", """
                        @Override
                        public String render(List<Page> pages) {
                            return "pages: " + pages.size(); // count
                        }
                        """, List.of(span("meta", "@Override"), span("keyword", "public"), span("type", "String"),
                        span("function", "render"), span("string", "\"pages: \""), span("comment", "// count"))),
                Arguments.of("c", """
                        #include <stdio.h>
                        /* entry */
                        int main(void) { printf("%d\\n", 42); return 0; }
                        """, List.of(span("meta", "#include <stdio.h>"), span("comment", "/* entry */"),
                        span("type", "int"), span("keyword", "return"), span("builtin", "printf"),
                        span("string", "\"%d\\n\""), span("number", "42"))),
                Arguments.of("c++", """
                        template <typename T>
                        std::vector<T> twice(const T& x) { return {x, x}; }
                        auto p = std::make_unique<Model>(nullptr);
                        """, List.of(span("keyword", "template"), span("keyword", "typename"), span("type", "vector"),
                        span("function", "twice"), span("keyword", "const"), span("constant", "nullptr"),
                        span("type", "Model"))),
                Arguments.of("cu", """
                        __global__ void add(float *a, const float *b, int n) {
                            int i = blockIdx.x * blockDim.x + threadIdx.x;
                            if (i < n) a[i] += b[i];
                            __syncthreads();
                        }
                        """, List.of(span("keyword", "__global__"), span("type", "void"), span("type", "float"),
                        span("builtin", "blockIdx"), span("builtin", "threadIdx"), span("keyword", "if"),
                        span("builtin", "__syncthreads"))),
                Arguments.of("rs", """
                        fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
                            let c = 'x'; // a char, not a lifetime
                            if x.len() > y.len() { x } else { y }
                        }
                        """, List.of(span("keyword", "fn"), span("function", "longest"), span("type", "str"),
                        span("keyword", "let"), span("string", "'x'"), span("comment", "// a char, not a lifetime"))),
                Arguments.of("golang", """
                        package main

                        import "fmt"

                        func main() {
                            s := `raw
                        string`
                            fmt.Println(len(s), nil)
                        }
                        """, List.of(span("keyword", "package"), span("string", "\"fmt\""), span("keyword", "func"),
                        span("function", "main"), span("string", "`raw\nstring`"), span("builtin", "len"),
                        span("constant", "nil"))),
                Arguments.of("js", """
                        const total = items.reduce((sum, x) => sum + x.price, 0); // sum
                        console.log(`total: ${total}`, null);
                        """, List.of(span("keyword", "const"), span("function", "reduce"), span("number", "0"),
                        span("comment", "// sum"), span("builtin", "console"), span("string", "`total: ${total}`"),
                        span("constant", "null"))),
                Arguments.of("ts", """
                        interface Paper { title: string; year?: number }
                        export function cite(p: Readonly<Paper>): string { return p.title; }
                        """, List.of(span("keyword", "interface"), span("type", "Paper"), span("type", "string"),
                        span("type", "number"), span("keyword", "export"), span("function", "cite"),
                        span("type", "Readonly"))),
                Arguments.of("sh", """
                        # train on every GPU
                        for seed in 1 2 3; do
                          python train.py --seed "$seed" > "log-${seed}.txt" 2>&1
                        done
                        echo $HOME $1
                        """, List.of(span("comment", "# train on every GPU"), span("keyword", "for"),
                        span("keyword", "do"), span("builtin", "python"), span("string", "\"$seed\""),
                        span("keyword", "done"), span("builtin", "echo"), span("variable", "$HOME"),
                        span("variable", "$1"))),
                Arguments.of("console", """
                        $ pip install torch
                        Successfully installed torch-2.4.0
                        (venv) $ echo "done"
                        """, List.of(span("prompt", "$ "), span("builtin", "pip"), span("prompt", "(venv) $ "),
                        span("builtin", "echo"), span("string", "\"done\""))),
                Arguments.of("yml", """
                        # site settings
                        title: "Ada's lab"
                        authors:
                          - name: Ada
                            year: 1843
                        draft: false
                        base: &base
                        """, List.of(span("comment", "# site settings"), span("property", "title"),
                        span("string", "\"Ada's lab\""), span("property", "authors"), span("property", "name"),
                        span("number", "1843"), span("constant", "false"), span("variable", "&base"))),
                Arguments.of("json", """
                        {"name": "site", "version": 2.5, "private": true, "deps": null}
                        """, List.of(span("property", "\"name\""), span("string", "\"site\""), span("number", "2.5"),
                        span("constant", "true"), span("constant", "null"))),
                Arguments.of("toml", """
                        [project]
                        name = "site" # the name
                        version = 3
                        [[tool.targets]]
                        debug = false
                        """, List.of(span("section", "[project]"), span("property", "name"), span("string", "\"site\""),
                        span("comment", "# the name"), span("number", "3"), span("section", "[[tool.targets]]"),
                        span("constant", "false"))),
                Arguments.of("sql", """
                        SELECT title, COUNT(*) FROM papers -- every paper
                        WHERE year >= 2020 AND venue = 'NeurIPS' GROUP BY title;
                        """, List.of(span("keyword", "SELECT"), span("builtin", "COUNT"), span("keyword", "FROM"),
                        span("comment", "-- every paper"), span("number", "2020"), span("string", "'NeurIPS'"),
                        span("keyword", "GROUP"))),
                Arguments.of("tex", """
                        \\begin{equation} % the loss
                          \\mathcal{L} = -\\sum_i y_i \\log p_i
                        \\end{equation}
                        Inline $x^2$ and 50\\% off.
                        """, List.of(span("keyword", "\\begin"), span("type", "equation"),
                        span("comment", "% the loss"), span("keyword", "\\mathcal"), span("keyword", "\\sum"),
                        span("string", "$x^2$"), span("keyword", "\\%"))),
                Arguments.of("md", """
                        # Results
                        Some *emphasis*, `code` and a [link](https://example.org).
                        - item
                        > quoted
                        """, List.of(span("heading", "# Results"), span("emphasis", "*emphasis*"),
                        span("string", "`code`"), span("string", "(https://example.org)"), span("keyword", "-"),
                        span("comment", "> quoted"))),
                Arguments.of("diff", """
                        --- a/train.py
                        +++ b/train.py
                        @@ -1,2 +1,2 @@
                        -lr = 1e-3
                        +lr = 3e-4
                         epochs = 10
                        """, List.of(span("meta", "--- a/train.py"), span("meta", "+++ b/train.py"),
                        span("section", "@@ -1,2 +1,2 @@"), span("deleted", "-lr = 1e-3"),
                        span("inserted", "+lr = 3e-4"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void eachLanguageColoursItsTokensAndKeepsItsText(String language, String code, List<Span> spans) {
        String html = CodeHighlighter.html(language, code);
        for (Span span : spans) {
            String expected = "<span class=\"tok-" + span.kind() + "\">" + escape(span.text()) + "</span>";
            assertTrue(html.contains(expected), () -> language + ": no " + expected + " in\n" + html);
        }
        assertEquals(code, textOf(html), language + ": the text must survive exactly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"py", "python3", "js", "ts", "sh", "shell", "bash", "yml", "tex", "latex", "cu", "c++",
            "cxx", "h", "hpp", "rs", "golang", "md", "patch", "text", "plaintext", "PYTHON"})
    void aliasesNameTheirLanguage(String alias) {
        assertTrue(CodeLanguages.find(alias).isPresent(), alias);
    }

    @Test
    void everyLanguageTheBriefListsIsThere() {
        assertEquals(List.of("python", "c", "cpp", "cuda", "java", "rust", "go", "javascript", "typescript", "bash",
                "console", "yaml", "json", "toml", "sql", "latex", "markdown", "diff", "text"),
                CodeHighlighter.languages());
    }

    @Test
    void anUnknownLanguageIsPlainEscapedTextWithoutError() {
        assertEquals("<pre class=\"code\" tabindex=\"0\"><code class=\"language-brainfuck\">&lt;+&gt;&#34;x&#34;\n"
                + "</code></pre>\n", CodeHighlighter.html("brainfuck", "<+>\"x\"\n"));
        assertEquals("<pre class=\"code\" tabindex=\"0\"><code>a &amp; b\n</code></pre>\n",
                CodeHighlighter.html("", "a & b\n"));
        // a name unfit for a class attribute is left out, not written
        assertFalse(CodeHighlighter.html("x\"onload=y", "z\n").contains("onload"));
    }

    @Test
    void numberedAndHighlightedLinesAreOneSpanEach() {
        String html = CodeHighlighter.html("python {linenos=true hl_lines=[2]}", "a = 1\nb = '''x\ny'''\nc = 3\n");
        assertEquals("<pre class=\"code numbered\" tabindex=\"0\"><code class=\"language-python\">"
                + "<span class=\"line\">a = <span class=\"tok-number\">1</span>\n</span>"
                + "<span class=\"line hl\">b = <span class=\"tok-string\">'''x\n</span></span>"
                + "<span class=\"line\"><span class=\"tok-string\">y'''</span>\n</span>"
                + "<span class=\"line\">c = <span class=\"tok-number\">3</span>\n</span></code></pre>\n", html);
    }

    @Test
    void theShortFormHighlightsRangesWithoutNumbers() {
        String html = CodeHighlighter.html("text {2-3,5}", "1\n2\n3\n4\n5\n");
        assertFalse(html.contains("numbered"), html);
        assertEquals(3, count(html, "line hl"), html);
        assertEquals(5, count(html, "class=\"line"), html);
    }

    @Test
    void fenceOptionsAreReadInTheirUsualForms() {
        assertEquals(new FenceInfo("go", true, List.of(new FenceInfo.LineRange(1, 1), new FenceInfo.LineRange(4, 6))),
                FenceInfo.parse("go {linenos=table, hl_lines=[1, \"4-6\"]}"));
        assertEquals(new FenceInfo("python", false, List.of()), FenceInfo.parse("python {linenos=false}"));
        assertEquals(new FenceInfo("rust", false, List.of()), FenceInfo.parse("rust"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"python", "c", "bash", "yaml", "toml", "latex", "markdown", "json", "sql", "rust"})
    void hostileBlocksCostTimeInProportionToTheirLength(String language) {
        String quotes = "\"\\".repeat(40_000) + "\n" + "'a".repeat(40_000) + "\n" + "/*".repeat(20_000)
                + "\n" + "${".repeat(20_000) + "\n" + " ".repeat(50_000) + "x\n" + "[".repeat(20_000) + "\n"
                + "\\begin{".repeat(10_000) + "\n" + "`*_".repeat(20_000) + "\n" + "a:".repeat(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            String html = CodeHighlighter.html(language, quotes);
            assertEquals(quotes, textOf(html));
        });
    }

    @Test
    void aHugeBlockIsShownPlain() {
        String code = "x = 1\n".repeat(CodeHighlighter.MAX_CHARS / 6 + 1);
        assertFalse(CodeHighlighter.html("python", code).contains("tok-"));
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** The text a reader sees: the tags dropped, the escapes undone. */
    static String textOf(String html) {
        String block = html.endsWith("</pre>\n") ? html.substring(0, html.length() - 1) : html;
        return TAG.matcher(block).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
