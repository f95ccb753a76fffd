package io.github.conglongli.site.content.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The table of contents of a document: its {@code h2} to {@code h4} headings, nested. The ids
 * are made as the heading-anchor extension makes them when it renders (the same generator, fed
 * the same text of every heading in document order), so each entry links to its heading; a test
 * holds the two together.
 */
final class Contents {

    private static final int FIRST = 2;
    private static final int LAST = 4;

    private Contents() {}

    static List<ContentsEntry> of(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        IdGenerator ids = IdGenerator.builder().build();
        List<Item> items = new ArrayList<>();
        for (Heading heading : headings) {
            String text = textOf(heading);
            // what the extension does, in its order: every heading takes an id, shown or not
            String id = ids.generateId(text.trim().toLowerCase());
            if (heading.getLevel() >= FIRST && heading.getLevel() <= LAST) {
                items.add(new Item(heading.getLevel(), id, text.strip()));
            }
        }
        return nest(items, 0, items.size());
    }

    private record Item(int level, String id, String text) {}

    /** Items {@code [from, to)} as entries: each takes the deeper items after it as children. */
    private static List<ContentsEntry> nest(List<Item> items, int from, int to) {
        List<ContentsEntry> entries = new ArrayList<>();
        int i = from;
        while (i < to) {
            Item item = items.get(i);
            int end = i + 1;
            while (end < to && items.get(end).level() > item.level()) {
                end++;
            }
            entries.add(new ContentsEntry(item.id(), item.text(), nest(items, i + 1, end)));
            i = end;
        }
        return entries;
    }

    private static String textOf(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString();
    }
}
