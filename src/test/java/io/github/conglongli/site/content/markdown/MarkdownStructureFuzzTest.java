package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.Problems;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fuzzes the Markdown path with pages built from a grammar rather than random bytes, so the
 * fuzzer reaches what broke the parser (issue 17): quotes in lists in quotes, emphasis in links
 * in emphasis, tables, raw HTML, long delimiter runs, deep indentation. Every page is either
 * refused by {@link MarkdownLimits} at a place inside its body, or rendered to inert HTML on a
 * thread with the shipped 256 KB stack without throwing anything.
 */
class MarkdownStructureFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of(InertHtml.EMBED_HOST));
    /** The Dockerfile's -Xss256k: a page within the limits must render in that much stack. */
    private static final long SHIPPED_STACK = 256 * 1024;
    private static final int BODY_LINE = 4;

    @FuzzTest(maxDuration = "5s")
    void pageIsRefusedAtAPlaceOrRendersInTheShippedStack(FuzzedDataProvider data) throws InterruptedException {
        StringBuilder page = new StringBuilder();
        int blocks = data.consumeInt(1, 8);
        for (int i = 0; i < blocks && data.remainingBytes() > 0; i++) {
            block(data, page, "", 0);
            page.append('\n');
        }
        String body = page.toString();
        Problems problems = new Problems("content/pages/fuzz.md");

        if (!MarkdownLimits.check(body, BODY_LINE, problems)) {
            int lastLine = BODY_LINE + (int) body.chars().filter(c -> c == '\n').count();
            for (ContentError error : problems.errors()) {
                assertTrue(error.line() == 0 || (error.line() >= BODY_LINE && error.line() <= lastLine
                        && error.column() >= 1), error::toString);
            }
            return;
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<RenderedMarkdown> rendered = new AtomicReference<>();
        Thread render = new Thread(null, () -> {
            try {
                rendered.set(RENDERER.render(body, BODY_LINE));
            } catch (Throwable e) { // NOPMD: whatever it is, the page within the limits failed
                failure.set(e);
            }
        }, "render", SHIPPED_STACK);
        render.start();
        render.join();
        assertEquals(null, failure.get(), () -> "a page within the limits failed to render:\n" + body);
        InertHtml.assertInert(rendered.get().html());
    }

    private static void block(FuzzedDataProvider data, StringBuilder out, String prefix, int depth) {
        if (data.remainingBytes() == 0) {
            return;
        }
        switch (data.consumeInt(0, depth > 40 ? 4 : 8)) {
            case 0 -> out.append(prefix).append(inline(data, 0)).append('\n');
            case 1 -> out.append(prefix).append("#".repeat(data.consumeInt(1, 6))).append(' ')
                    .append(inline(data, 0)).append('\n');
            case 2 -> out.append(prefix).append("```\n").append(prefix).append(data.consumeAsciiString(40))
                    .append('\n').append(prefix).append("```\n");
            case 3 -> table(data, out, prefix);
            case 4 -> out.append(prefix).append("<div>".repeat(data.consumeInt(1, 60))).append(inline(data, 0))
                    .append("</div>".repeat(data.consumeInt(0, 60))).append('\n');
            case 5 -> block(data, out, prefix + ">".repeat(data.consumeInt(1, 3)) + " ", depth + 1);
            case 6 -> block(data, out, prefix + "- ", depth + 1);
            case 7 -> {
                out.append(prefix).append("1. ").append(inline(data, 0)).append('\n');
                block(data, out, prefix + "   ", depth + 1);
            }
            default -> {
                int items = data.consumeInt(1, 4);
                for (int i = 0; i < items; i++) {
                    block(data, out, prefix + "  ".repeat(data.consumeInt(0, 3)) + "* ", depth + 1);
                }
            }
        }
    }

    private static String inline(FuzzedDataProvider data, int depth) {
        if (data.remainingBytes() == 0) {
            return "";
        }
        return switch (data.consumeInt(0, depth > 40 ? 2 : 10)) {
            case 0 -> data.consumeAsciiString(12);
            case 1 -> "`" + data.consumeAsciiString(8) + "`";
            case 2 -> String.valueOf(data.pickValue(new char[] {'*', '_', '~', '`', '[', ']', '!', '<', '|'}))
                    .repeat(data.consumeInt(1, 48));
            case 3 -> "*" + inline(data, depth + 1) + "*";
            case 4 -> "_" + inline(data, depth + 1) + "_ ";
            case 5 -> "**" + inline(data, depth + 1) + "**";
            case 6 -> "~~" + inline(data, depth + 1) + "~~";
            case 7 -> "[" + inline(data, depth + 1) + "](/" + data.consumeAsciiString(6) + ")";
            case 8 -> "<b>" + inline(data, depth + 1) + "</b>";
            case 9 -> "*" + inline(data, depth + 1);
            default -> inline(data, depth) + " " + inline(data, depth);
        };
    }

    private static void table(FuzzedDataProvider data, StringBuilder out, String prefix) {
        int columns = data.consumeInt(1, 120);
        int rows = data.consumeInt(0, 120);
        out.append(prefix).append("|").append(" h |".repeat(columns)).append('\n');
        out.append(prefix).append("|").append("---|".repeat(columns)).append('\n');
        for (int r = 0; r < rows && data.remainingBytes() > 0; r++) {
            out.append(prefix).append("| ").append(inline(data, 0)).append(" |\n");
        }
    }
}
