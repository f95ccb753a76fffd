package io.github.conglongli.site.content.markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Handler;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.HtmlStreamRenderer;

/**
 * Renders the Markdown body of a page or post to HTML: CommonMark with GitHub's tables,
 * strikethrough and bare-URL links, and an id on every heading so {@code #section} links work.
 * Raw HTML is allowed but passes through an allow-list sanitizer ({@link HtmlAllowList}), which
 * reports what it removes. Also: fenced code coloured on the server ({@link HighlightedCodeBlocks}),
 * footnotes, task lists, a link on each {@code h2}-{@code h4} ({@link HeadingLinks}) and the
 * headings as a table of contents ({@link Contents}), captioned images as figures
 * ({@link Figures}), citations of the site's papers ({@link Citations}) and LaTeX formulas as
 * MathML ({@link MathExtension}). Immutable and safe to share between threads; the same input
 * always gives the same bytes.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlAllowList allowList;
    private final Citations citations;

    /** A renderer for a site without papers to cite: every {@code [@key]} is an unknown key. */
    public MarkdownRenderer(Set<String> embedHosts) {
        this(embedHosts, Map.of());
    }

    /**
     * @param embedHosts hosts an {@code <iframe>} may load from (site.yaml's {@code embeds})
     * @param citable each paper a {@code [@key]} may cite, by its BibTeX key and by its slug
     */
    public MarkdownRenderer(Set<String> embedHosts, Map<String, CitedWork> citable) {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                AutolinkExtension.create(),
                // "~5 ms to ~10 ms" is an estimate, not a deletion: only ~~this~~ strikes through
                StrikethroughExtension.builder().requireTwoTildes(true).build(),
                HeadingAnchorExtension.create(),
                FootnotesExtension.create(),
                TaskListItemsExtension.create(),
                MathExtension.create());
        this.citations = new Citations(citable);
        this.parser = Parser.builder()
                .extensions(extensions)
                .postProcessor(new Figures())
                .postProcessor(citations)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        // raw HTML and addresses are left to the sanitizer, which reports what it removes;
        // the first renderer registered for a node wins, so ours come before the extensions'
        this.renderer = HtmlRenderer.builder()
                .nodeRendererFactory(HighlightedCodeBlocks::new)
                .nodeRendererFactory(HeadingLinks::new)
                .nodeRendererFactory(Figures.Renderer::new)
                .nodeRendererFactory(TaskBoxes::new)
                .nodeRendererFactory(Citations.Renderer::new)
                .extensions(extensions)
                .escapeHtml(false)
                .sanitizeUrls(false)
                .build();
        this.allowList = new HtmlAllowList(embedHosts);
    }

    public RenderedMarkdown render(FrontMatter file) {
        return render(file.body(), file.bodyLine());
    }

    /**
     * @param markdown the body to render
     * @param firstLine the 1-based line of the file on which {@code markdown} starts, so that the
     *     lines of removals and references are the file's
     */
    public RenderedMarkdown render(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        SourceFindings findings = SourceFindings.of(document, firstLine, allowList);
        Citations.Findings cited = Citations.Findings.of(document, firstLine, citations.keys());
        StringBuilder html = new StringBuilder(markdown.length() * 5 / 4 + 64);
        PlainText text = new PlainText();
        HtmlStreamRenderer out = HtmlStreamRenderer.create(html, Handler.DO_NOTHING);
        HtmlSanitizer.sanitize(renderer.render(document), allowList.policy().apply(new HtmlAndText(out, text)));
        String plainText = text.text();
        // formulas that are not LaTeX and citations of unknown papers, in the order of the file
        List<MarkdownError> errors = Stream.concat(MathFindings.of(document, firstLine).stream(), cited.errors().stream())
                .sorted(Comparator.comparingInt(MarkdownError::line).thenComparingInt(MarkdownError::column))
                .toList();
        return new RenderedMarkdown(html.toString(), plainText, WordCount.of(plainText), text.firstParagraph(),
                findings.references(), findings.removals(), Contents.of(document), cited.works(), errors, cited.named());
    }

    /** Sends the sanitized page to the HTML writer and the plain-text collector at once. */
    private record HtmlAndText(HtmlStreamEventReceiver first, HtmlStreamEventReceiver second)
            implements HtmlStreamEventReceiver {

        @Override
        public void openDocument() {
            first.openDocument();
            second.openDocument();
        }

        @Override
        public void closeDocument() {
            first.closeDocument();
            second.closeDocument();
        }

        @Override
        public void openTag(String elementName, List<String> attrs) {
            first.openTag(elementName, attrs);
            second.openTag(elementName, attrs);
        }

        @Override
        public void closeTag(String elementName) {
            first.closeTag(elementName);
            second.closeTag(elementName);
        }

        @Override
        public void text(String text) {
            first.text(text);
            second.text(text);
        }
    }
}
