package io.github.conglongli.site.content.markdown;

import java.util.List;
import java.util.Optional;

/**
 * A page or post body rendered by {@link MarkdownRenderer}.
 *
 * @param html the sanitized HTML, byte-for-byte the same for the same input
 * @param plainText the text a reader sees, one block (paragraph, heading, list item...) a line
 * @param words how long the text is to read
 * @param firstParagraph the first top-level paragraph as plain text, for a default description
 * @param references links and images to paths on this site, in document order
 * @param removals what the sanitizer took out, in document order
 * @param mathFailures formulas that are not valid LaTeX, in document order
 */
public record RenderedMarkdown(
        String html,
        String plainText,
        WordCount words,
        Optional<String> firstParagraph,
        List<LocalReference> references,
        List<Removal> removals,
        List<MathFailure> mathFailures) {

    public RenderedMarkdown {
        references = List.copyOf(references);
        removals = List.copyOf(removals);
        mathFailures = List.copyOf(mathFailures);
    }
}
