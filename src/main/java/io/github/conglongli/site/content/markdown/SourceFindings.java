package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.markdown.TagOutcome.Attribute;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What a walk over the parsed Markdown finds: links and images to paths on the site, and what
 * the sanitizer will remove, each with its place in the file. The sanitizer reports no
 * positions, so each piece of raw HTML is sanitized here on its own to learn what it loses and
 * where; the page itself is sanitized once, whole, elsewhere.
 */
record SourceFindings(List<LocalReference> references, List<Removal> removals) {

    /** @param firstLine the line of the file on which the parsed Markdown starts */
    static SourceFindings of(Node document, int firstLine, HtmlAllowList allowList) {
        Walk walk = new Walk(firstLine, allowList);
        document.accept(walk);
        return new SourceFindings(List.copyOf(walk.references), List.copyOf(walk.removals));
    }

    private static final class Walk extends AbstractVisitor {
        private final int firstLine;
        private final HtmlAllowList allowList;
        private final List<LocalReference> references = new ArrayList<>();
        // a set: the same removal at the same place (an attribute written twice) is reported once
        private final Set<Removal> removals = new LinkedHashSet<>();

        Walk(int firstLine, HtmlAllowList allowList) {
            this.firstLine = firstLine;
            this.allowList = allowList;
        }

        @Override
        public void visit(Link link) {
            address(link, link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            address(image, image.getDestination());
            visitChildren(image);
        }

        @Override
        public void visit(HtmlBlock block) {
            rawHtml(block.getLiteral(), block.getSourceSpans(), FilePosition.of(block, firstLine));
        }

        @Override
        public void visit(HtmlInline inline) {
            rawHtml(inline.getLiteral(), inline.getSourceSpans(), FilePosition.of(inline, firstLine));
        }

        private void address(Node linkOrImage, String destination) {
            FilePosition at = FilePosition.of(linkOrImage, firstLine);
            if (!HtmlAllowList.isAllowedUrl(destination)) {
                String message = linkOrImage instanceof Image
                        ? RemovalMessages.ofImage(destination)
                        : RemovalMessages.ofLink(destination);
                removals.add(new Removal(at.line(), at.column(), message));
            }
            localPath(destination).ifPresent(path -> references.add(new LocalReference(path, at.line(), at.column())));
        }

        private void rawHtml(String literal, List<SourceSpan> spans, FilePosition start) {
            TagLocator locator = new TagLocator(literal);
            for (TagOutcome tag : TagOutcome.of(literal, allowList.policy())) {
                int offset = locator.locate(tag.element());
                FilePosition at = spans.isEmpty() ? start : FilePosition.within(literal, spans, offset, firstLine);
                for (String message : RemovalMessages.of(tag, allowList)) {
                    removals.add(new Removal(at.line(), at.column(), message));
                }
                for (Attribute attribute : tag.kept().orElse(List.of())) {
                    if (HtmlAllowList.URL_ATTRIBUTES.contains(attribute.name())) {
                        localPath(attribute.value()).ifPresent(
                                path -> references.add(new LocalReference(path, at.line(), at.column())));
                    }
                }
            }
        }
    }

    /** The path of an address on this site ({@code /papers/x.pdf#page=2} gives {@code /papers/x.pdf}). */
    static Optional<String> localPath(String address) {
        String a = address.strip();
        if (!a.startsWith("/") || a.startsWith("//")) {
            return Optional.empty();
        }
        int end = a.length();
        for (char c : new char[] {'?', '#'}) {
            int i = a.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String path = a.substring(0, end);
        try {
            // URLDecoder is for forms, where '+' means a space; in a path it is a plus
            return Optional.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
            return Optional.of(path);
        }
    }
}
