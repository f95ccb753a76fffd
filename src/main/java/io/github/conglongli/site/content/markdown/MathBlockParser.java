package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.math.MathResult;
import io.github.conglongli.site.content.math.TexToMathMl;
import io.github.conglongli.site.content.math.TexToMathMl.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display math on lines of its own: from a line starting with {@code $$}, {@code \[} or
 * {@code \begin{equation}} (or another display environment) to the line holding the matching
 * {@code $$}, {@code \]} or {@code \end{...}}. TeX allows no blank line inside display math, so a
 * blank line before the closing delimiter ends the block as an error rather than swallowing the
 * rest of the page. Lines inside are taken as written: no Markdown is applied to them.
 */
final class MathBlockParser extends AbstractBlockParser {

    private static final Pattern ENVIRONMENT = Pattern.compile(
            "\\\\begin\\{(equation\\*?|align\\*?|aligned|gather\\*?|gathered|multline\\*?|split|alignat\\*?|"
                    + "flalign\\*?|cases|matrix|pmatrix|bmatrix|Bmatrix|vmatrix|Vmatrix|array)}");

    private final TexToMathMl converter;
    private final String opener;
    private final String closer;
    private final List<String> lines = new ArrayList<>();
    private boolean closed;
    private final MathBlock block = new MathBlock();

    private MathBlockParser(TexToMathMl converter, String opener, String closer) {
        this.converter = converter;
        this.opener = opener;
        this.closer = closer;
    }

    static BlockParserFactory factory(TexToMathMl converter) {
        return (ParserState state, MatchedBlockParser matched) -> {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = line.subSequence(start, line.length()).toString();
            MathBlockParser parser;
            if (rest.startsWith("$$")) {
                parser = new MathBlockParser(converter, "$$", "$$");
            } else if (rest.startsWith("\\[")) {
                parser = new MathBlockParser(converter, "\\[", "\\]");
            } else {
                Matcher environment = ENVIRONMENT.matcher(rest);
                if (!environment.lookingAt()) {
                    return BlockStart.none();
                }
                parser = new MathBlockParser(converter, "", "\\end{" + environment.group(1) + "}");
            }
            // "$$x$$ is small" is a formula inside a paragraph, left to the inline parser
            int firstClose = rest.indexOf(parser.closer, parser.opener.isEmpty() ? 0 : parser.opener.length());
            if (firstClose >= 0 && !rest.substring(firstClose + parser.closer.length()).isBlank()) {
                return BlockStart.none();
            }
            return BlockStart.of(parser).atIndex(start);
        };
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.none();
        }
        if (state.isBlank()) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        String text = line.getContent().toString();
        lines.add(text);
        int from = lines.size() == 1 ? opener.length() : 0;
        int close = text.indexOf(closer, Math.min(from, text.length()));
        if (close >= 0 && !(lines.size() == 1 && opener.isEmpty() && close < from)) {
            closed = true;
        }
    }

    @Override
    public void closeBlock() {
        String source = String.join("\n", lines);
        int texStart = opener.length();
        MathResult result;
        if (!closed) {
            String what = opener.isEmpty() ? closer : closer + " (display math opened with " + opener + ")";
            result = new MathResult.Failed(source.length() - texStart, "missing " + what
                    + " before the blank line or end of the file");
        } else {
            int texEnd = opener.isEmpty()
                    ? source.lastIndexOf(closer) + closer.length()
                    : source.lastIndexOf(closer);
            if (texEnd < texStart) {
                texEnd = texStart;
            }
            result = converter.convert(source.substring(texStart, texEnd), Display.BLOCK);
        }
        block.finish(new WrittenFormula(source, texStart, result));
    }
}
