package io.github.conglongli.site.content.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The box of a task list item ({@code - [x] done}) as a ballot-box character rather than a
 * disabled form control: nothing to fill in, no unlabelled input for a screen reader to announce,
 * and assistive technology reads the character's name ("ballot box with check") in the reader's
 * own language.
 */
final class TaskBoxes implements NodeRenderer {

    private final HtmlWriter html;

    TaskBoxes(HtmlNodeRendererContext context) {
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TaskListItemMarker.class);
    }

    @Override
    public void render(Node node) {
        boolean done = ((TaskListItemMarker) node).isChecked();
        html.tag("span", Map.of("class", done ? "task done" : "task"));
        html.text(done ? "\u2611" : "\u2610");
        html.tag("/span");
        html.text(" ");
    }
}
