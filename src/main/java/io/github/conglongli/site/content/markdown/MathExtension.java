package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.TexToMathMl;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * LaTeX math in Markdown, rendered to MathML Core when the file is read: {@code $...$} and
 * {@code \(...\)} in running text, {@code $$...$$}, {@code \[...\]} and bare display environments
 * ({@code \begin{equation}}, {@code align}, {@code gather}...) as blocks. Code spans and code
 * blocks are left alone (commonmark parses them first).
 */
public final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final TexToMathMl converter = new TexToMathMl();

    private MathExtension() {}

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(MathBlockParser.factory(converter));
        builder.customInlineContentParserFactory(MathInlineParser.factory(converter));
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(MathNodeRenderer::new);
    }
}
