package io.github.conglongli.site.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Fuzzes a Markdown page file end to end with arbitrary bytes read as UTF-8: the front matter
 * splits or fails at line 1, and a body renders to HTML that a browser reads as inert, the same
 * bytes every time, with every removal and reference placed on a line of the file. Seeds are in
 * {@code MarkdownFileFuzzTestInputs/}.
 */
class MarkdownFileFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(Set.of(InertHtml.EMBED_HOST));

    @FuzzTest(maxDuration = "5s")
    void anyFileSplitsOrFailsAndRendersInertWithPlacesInTheFile(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FrontMatterSplit split = FrontMatter.split("content/pages/fuzz.md", text);
        if (split instanceof FrontMatterSplit.Failed failed) {
            assertEquals(1, failed.error().line());
            return;
        }
        FrontMatter file = ((FrontMatterSplit.Found) split).frontMatter();
        assertTrue(file.bodyLine() >= 3, "the body starts after two '---' lines");

        RenderedMarkdown page = RENDERER.render(file);

        InertHtml.assertInert(page.html());
        assertEquals(page, RENDERER.render(file), "rendering the same file twice differs");
        int lastLine = lines(text);
        for (Removal removal : page.removals()) {
            assertTrue(removal.line() >= file.bodyLine() && removal.line() <= lastLine && removal.column() >= 1,
                    () -> removal + " is outside the body, lines " + file.bodyLine() + "-" + lastLine);
            assertFalse(removal.message().isBlank());
        }
        for (LocalReference reference : page.references()) {
            assertTrue(reference.line() >= file.bodyLine() && reference.line() <= lastLine && reference.column() >= 1,
                    () -> reference + " is outside the body, lines " + file.bodyLine() + "-" + lastLine);
            assertTrue(reference.path().startsWith("/"), reference::toString);
        }
    }

    /** Lines as Markdown counts them: LF, CRLF and CR each end one. */
    private static int lines(String text) {
        return 1 + text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[^\n]", "").length();
    }
}
