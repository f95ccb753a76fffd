package io.github.conglongli.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.conglongli.site.content.source.ContentError;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the content loader with arbitrary bytes as each content file (see {@link ContentBundle}
 * for how one input becomes several files). However broken the files, loading returns the site
 * or every error with a usable position, and never throws. Seeds, including a real-sized site
 * written as owners write YAML (comments, folded text, flow lists), are in
 * {@code ContentLoaderFuzzTestInputs/}.
 */
class ContentLoaderFuzzTest {

    @TempDir
    Path dir;

    @FuzzTest(maxDuration = "10s")
    void anyContentLoadsOrFailsWithPositionedErrors(byte[] input) throws IOException {
        ContentBundle bundle = ContentBundle.parse(input);
        bundle.writeTo(dir);

        LoadResult result = new ContentLoader(dir, "my-content").load();

        if (result instanceof LoadResult.Failed failed) {
            assertFalse(failed.errors().isEmpty(), "a failed load names at least one error");
            failed.errors().forEach(error -> assertUsable(error, bundle));
        } else {
            Site site = ((LoadResult.Loaded) result).site();
            assertTrue(bundle.files().containsKey(ContentLoader.SITE) && bundle.files().containsKey(ContentLoader.PROFILE),
                    "a site loaded without its required files");
            assertFalse(site.version().isEmpty());
        }
    }

    private static void assertUsable(ContentError error, ContentBundle bundle) {
        assertTrue(error.file().equals("my-content") || error.file().startsWith("my-content/"), error::toString);
        assertTrue(error.line() >= 0 && error.column() >= 0, () -> "negative position: " + error);
        assertFalse(error.message() == null || error.message().isBlank(), () -> "no message: " + error);
        byte[] file = bundle.files().get(error.file().substring(error.file().indexOf('/') + 1));
        if (file != null) {
            assertTrue(error.line() <= maxLines(file) + 1, () -> "line past the end of the file: " + error);
        }
        if (error.line() == 0) {
            assertEquals(0, error.column(), () -> "a column without a line: " + error);
        }
    }

    /**
     * At least the number of lines a reader (or the YAML parser) can count in {@code file}: every
     * line break it might see ({@code \n}, {@code \r}, U+0085, U+2028, U+2029) holds one of these bytes.
     */
    private static int maxLines(byte[] file) {
        int lines = 1;
        for (byte b : file) {
            switch (b & 0xff) {
                case '\n', '\r', 0x85, 0xa8, 0xa9 -> lines++;
                default -> { }
            }
        }
        return lines;
    }
}
