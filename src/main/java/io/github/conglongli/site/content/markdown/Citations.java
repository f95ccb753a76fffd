package io.github.conglongli.site.content.markdown;

import io.github.conglongli.site.content.source.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Pandoc-style citations: {@code [@key]} or {@code [@a; @b]} in running text, where a key is a
 * paper's BibTeX key or slug. Each cited paper gets a number in the order it is first cited;
 * the citation becomes {@code [1]} or {@code [1, 2]}, each number a link to the paper's page, and
 * the page lists the papers as its references. A key that names no paper is an error at its
 * place in the file, with the nearest key as a suggestion.
 */
final class Citations implements PostProcessor {

    // one bracket, keys of BibTeX's characters separated by ';': linear, nothing to backtrack over
    private static final Pattern CITATION = Pattern.compile("\\[(@[\\w:./+-]{1,200}(?:\\s*;\\s*@[\\w:./+-]{1,200}){0,50})\\]");
    private static final Pattern KEY = Pattern.compile("@([\\w:./+-]+)");

    private final Map<String, CitedWork> byKey;
    private final Map<String, CitedWork> byLowerKey = new HashMap<>();

    /** @param byKey each paper by its BibTeX key and by its slug */
    Citations(Map<String, CitedWork> byKey) {
        this.byKey = Map.copyOf(byKey);
        byKey.forEach((key, work) -> byLowerKey.putIfAbsent(key.toLowerCase(Locale.ROOT), work));
    }

    /** One citation in the text: its keys, each with its number and paper once known. */
    static final class Citation extends CustomNode {
        final List<Cite> cites;
        final String source;
        final FilePosition at;

        Citation(List<Cite> cites, String source, FilePosition at) {
            this.cites = List.copyOf(cites);
            this.source = source;
            this.at = at;
        }
    }

    /** A key as written, with the paper it names and its number, when it names one. */
    record Cite(String key, Optional<CitedWork> work, int number) {}

    /**
     * What the citations of one document add up to: the papers in number order, the unknown keys,
     * and every key named.
     */
    record Findings(List<CitedWork> works, List<MarkdownError> errors, Set<String> named) {
        static Findings of(Node document, int firstLine, Set<String> keys) {
            Map<String, CitedWork> works = new LinkedHashMap<>();
            Set<String> named = new HashSet<>();
            List<MarkdownError> errors = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visitChildren(Node parent) {
                    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                        if (node instanceof Citation citation) {
                            collect(citation);
                        } else {
                            node.accept(this);
                        }
                    }
                }

                private void collect(Citation citation) {
                    for (Cite cite : citation.cites) {
                        named.add(cite.key());
                        cite.work().ifPresentOrElse(work -> works.putIfAbsent(work.slug(), work),
                                () -> errors.add(new MarkdownError(firstLine + citation.at.line(), citation.at.column(),
                                        "no paper has the key or slug '" + cite.key() + "' (cited as [@" + cite.key()
                                                + "])" + Suggestions.didYouMean(cite.key(), keys))));
                    }
                }
            });
            return new Findings(List.copyOf(works.values()), errors, Set.copyOf(named));
        }
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("[@")) {
                    texts.add(text);
                }
            }

            @Override
            public void visit(Link link) {
                // a citation inside a link's text would be a link in a link
            }

            @Override
            public void visit(Code code) {}
        });
        Map<String, Integer> numbers = new HashMap<>();
        texts.forEach(text -> split(text, numbers));
        return document;
    }

    /** Replaces each citation in {@code text} with a {@link Citation}, the text around it kept. */
    private void split(Text text, Map<String, Integer> numbers) {
        String literal = text.getLiteral();
        Matcher m = CITATION.matcher(literal);
        int last = 0;
        Node before = text;
        while (m.find()) {
            List<Cite> cites = new ArrayList<>();
            Matcher key = KEY.matcher(m.group(1));
            while (key.find()) {
                Optional<CitedWork> work = find(key.group(1));
                int number = work.map(w -> numbers.computeIfAbsent(w.slug(), s -> numbers.size() + 1)).orElse(0);
                cites.add(new Cite(key.group(1), work, number));
            }
            FilePosition at = FilePosition.within(literal, text.getSourceSpans(), m.start(), 0);
            if (m.start() > last) {
                before = insertAfter(before, new Text(literal.substring(last, m.start())));
            }
            before = insertAfter(before, new Citation(cites, m.group(), at));
            last = m.end();
        }
        if (last == 0) {
            return;
        }
        if (last < literal.length()) {
            insertAfter(before, new Text(literal.substring(last)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }

    private Optional<CitedWork> find(String key) {
        CitedWork exact = byKey.get(key);
        return Optional.ofNullable(exact != null ? exact : byLowerKey.get(key.toLowerCase(Locale.ROOT)));
    }

    /** Writes a citation as its numbers in brackets, each a link to its paper; an unknown key as written. */
    static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Citation.class);
        }

        @Override
        public void render(Node node) {
            Citation citation = (Citation) node;
            if (citation.cites.stream().anyMatch(cite -> cite.work().isEmpty())) {
                html.text(citation.source);
                return;
            }
            html.text("[");
            for (int i = 0; i < citation.cites.size(); i++) {
                Cite cite = citation.cites.get(i);
                if (i > 0) {
                    html.text(", ");
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("href", cite.work().orElseThrow().path());
                attributes.put("class", "cite-ref");
                attributes.put("title", cite.work().orElseThrow().title());
                html.tag("a", attributes);
                html.text(Integer.toString(cite.number()));
                html.tag("/a");
            }
            html.text("]");
        }
    }
}
