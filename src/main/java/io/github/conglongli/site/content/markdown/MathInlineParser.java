package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.TexToMathMl;
import io.github.conglongli.site.content.math.TexToMathMl.Display;
import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Finds formulas in running text. A single dollar opens math only when the next character is not
 * a space, and the next unescaped dollar closes it only when it follows a non-space and no digit
 * follows it (Pandoc's rule), so "costs $5 and $10" stays text. {@code \$} is a dollar sign
 * (commonmark's own escape, tried after this parser declines). A backtick before the closing
 * dollar means a code span, not math.
 */
final class MathInlineParser implements InlineContentParser {

    private final TexToMathMl converter;

    MathInlineParser(TexToMathMl converter) {
        this.converter = converter;
    }

    static InlineContentParserFactory factory(TexToMathMl converter) {
        return new InlineContentParserFactory() {
            @Override
            public Set<Character> getTriggerCharacters() {
                return Set.of('$', '\\');
            }

            @Override
            public InlineContentParser create() {
                return new MathInlineParser(converter);
            }
        };
    }

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        Position start = scanner.position();
        if (scanner.next("$$")) {
            return delimited(scanner, start, "$$", Display.BLOCK);
        }
        if (scanner.next("\\(")) {
            return delimited(scanner, start, "\\)", Display.INLINE);
        }
        if (scanner.next("\\[")) {
            return delimited(scanner, start, "\\]", Display.BLOCK);
        }
        if (!scanner.next('$')) {
            return ParsedInline.none();
        }
        int after = scanner.peekCodePoint();
        if (after == Scanner.END || Character.isWhitespace(after)) {
            return ParsedInline.none();
        }
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '\\') {
                scanner.next();
                scanner.next();
                continue;
            }
            if (c == '`') {
                // a code span wins: in "$5 or `$x$`" the dollars belong to the code
                return ParsedInline.none();
            }
            if (c != '$') {
                scanner.next();
                continue;
            }
            boolean spaceBefore = Character.isWhitespace(scanner.peekPreviousCodePoint());
            Position close = scanner.position();
            scanner.next();
            boolean digitAfter = Character.isDigit(scanner.peekCodePoint());
            if (spaceBefore || digitAfter) {
                return ParsedInline.none();
            }
            return formula(scanner, start, close, 1, Display.INLINE);
        }
        return ParsedInline.none();
    }

    private ParsedInline delimited(Scanner scanner, Position start, String closer, Display display) {
        Position content = scanner.position();
        while (scanner.hasNext()) {
            if (scanner.peek() == closer.charAt(0)) {
                Position close = scanner.position();
                if (scanner.next(closer)) {
                    String tex = scanner.getSource(content, close).getContent();
                    if (tex.isBlank()) {
                        return ParsedInline.none();
                    }
                    return formula(scanner, start, close, closer.length(), display);
                }
            }
            if (scanner.peek() == '\\' && !closer.startsWith("\\")) {
                scanner.next();
            }
            scanner.next();
        }
        return ParsedInline.none();
    }

    /** The formula from {@code start} to the scanner, whose LaTeX ends at {@code close}. */
    private ParsedInline formula(Scanner scanner, Position start, Position close, int closerLength, Display display) {
        String source = scanner.getSource(start, scanner.position()).getContent();
        int open = display == Display.BLOCK || source.startsWith("\\(") ? 2 : 1;
        String tex = source.substring(open, source.length() - closerLength);
        MathFormula formula = new MathFormula(new WrittenFormula(source, open, converter.convert(tex, display)));
        formula.setSourceSpans(scanner.getSource(start, scanner.position()).getSourceSpans());
        return ParsedInline.of(formula, scanner.position());
    }
}
