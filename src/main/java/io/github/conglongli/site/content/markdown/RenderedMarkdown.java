package io.github.conglongli.site.content.markdown;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page or post body rendered by {@link MarkdownRenderer}.
 *
 * @param html the sanitized HTML, byte-for-byte the same for the same input
 * @param plainText the text a reader sees, one block (paragraph, heading, list item...) a line
 * @param words how long the text is to read
 * @param firstParagraph the first top-level paragraph as plain text, for a default description
 * @param references links and images to paths on this site, in document order
 * @param removals what the sanitizer took out, in document order
 * @param contents the {@code h2}-{@code h4} headings, nested, for a table of contents
 * @param citations the papers cited with {@code [@key]}, in the order of their numbers
 * @param errors what stops the body from being published (a formula that is not LaTeX, a citation of an
 *     unknown key), in the order of the file
 * @param citationKeys the keys its citations name, as written, known or not: the papers its rendering
 *     depends on (the loader reads an unchanged body again only when one of those changes)
 */
public record RenderedMarkdown(
        String html,
        String plainText,
        WordCount words,
        Optional<String> firstParagraph,
        List<LocalReference> references,
        List<Removal> removals,
        List<ContentsEntry> contents,
        List<CitedWork> citations,
        List<MarkdownError> errors,
        Set<String> citationKeys) {

    public RenderedMarkdown {
        references = List.copyOf(references);
        removals = List.copyOf(removals);
        contents = List.copyOf(contents);
        citations = List.copyOf(citations);
        errors = List.copyOf(errors);
        citationKeys = Set.copyOf(citationKeys);
    }

    /** The same body without its table of contents, for a page that did not ask for one. */
    public RenderedMarkdown withoutContents() {
        return new RenderedMarkdown(html, plainText, words, firstParagraph, references, removals, List.of(), citations,
                errors, citationKeys);
    }
}
