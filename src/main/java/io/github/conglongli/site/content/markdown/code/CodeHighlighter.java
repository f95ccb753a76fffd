package io.github.conglongli.site.content.markdown.code;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fenced code block as HTML: {@code <pre class="code"><code class="language-…">} with each
 * token in a {@code <span class="tok-…">} the stylesheet colours, so the page needs no style
 * attribute and no script. Numbered lines and highlighted ones, when the fence asks for them,
 * are {@code <span class="line">} each, numbered by a CSS counter, so copying the code copies no
 * numbers. A language not known here, or a block too big to colour, is shown plain.
 */
public final class CodeHighlighter {

    /** Above this a block is shown uncoloured: a reader scrolls it, nobody reads it for its colours. */
    static final int MAX_CHARS = 200_000;
    private static final Pattern CLASS_SAFE = Pattern.compile("[a-z0-9_+#.-]{1,40}");

    private CodeHighlighter() {}

    /**
     * @param info the fence's info string ({@code python}, {@code python {linenos=true hl_lines=[2]}})
     * @param code the block's text, as commonmark gives it (ending in a newline)
     */
    public static String html(String info, String code) {
        FenceInfo fence = FenceInfo.parse(info);
        Optional<CodeLanguage> language = CodeLanguages.find(fence.language());
        List<CodeToken> tokens = language.isPresent() && code.length() <= MAX_CHARS
                ? CodeLexer.tokens(language.get(), code)
                : List.of(new CodeToken(TokenKind.PLAIN, code));
        String name = language.map(CodeLanguage::name).orElse(fence.language());
        StringBuilder html = new StringBuilder(code.length() * 2 + 80);
        html.append("<pre class=\"code").append(fence.numbered() ? " numbered" : "").append("\" tabindex=\"0\"><code");
        if (CLASS_SAFE.matcher(name).matches()) {
            html.append(" class=\"language-").append(name).append('"');
        }
        html.append('>');
        if (fence.byLine()) {
            byLine(tokens, fence, html);
        } else {
            tokens.forEach(token -> span(token.kind(), token.text(), html));
        }
        return html.append("</code></pre>\n").toString();
    }

    /** Names and aliases of every language coloured here, for the owner's documentation and tests. */
    public static List<String> languages() {
        return CodeLanguages.all().stream().map(CodeLanguage::name).toList();
    }

    /** Each line in its own span; a token running over lines (a block comment) is cut at each line's end. */
    private static void byLine(List<CodeToken> tokens, FenceInfo fence, StringBuilder html) {
        int line = 1;
        html.append(lineOpen(fence, line));
        for (int t = 0; t < tokens.size(); t++) {
            CodeToken token = tokens.get(t);
            String text = token.text();
            boolean lastToken = t == tokens.size() - 1;
            int start = 0;
            int newline;
            while ((newline = text.indexOf('\n', start)) >= 0) {
                span(token.kind(), text.substring(start, newline + 1), html);
                start = newline + 1;
                html.append("</span>");
                // the block's own final newline closes the last line; it opens none
                if (!(lastToken && start == text.length())) {
                    line++;
                    html.append(lineOpen(fence, line));
                }
            }
            span(token.kind(), text.substring(start), html);
            if (lastToken && start < text.length()) {
                html.append("</span>");
            }
        }
        if (tokens.isEmpty()) {
            html.append("</span>");
        }
    }

    private static String lineOpen(FenceInfo fence, int line) {
        return fence.isHighlighted(line) ? "<span class=\"line hl\">" : "<span class=\"line\">";
    }

    private static void span(TokenKind kind, String text, StringBuilder html) {
        if (text.isEmpty()) {
            return;
        }
        if (kind == TokenKind.PLAIN) {
            escape(text, html);
            return;
        }
        html.append("<span class=\"").append(kind.cssClass()).append("\">");
        escape(text, html);
        html.append("</span>");
    }

    private static void escape(String text, StringBuilder html) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&#34;");
                default -> html.append(c);
            }
        }
    }
}
