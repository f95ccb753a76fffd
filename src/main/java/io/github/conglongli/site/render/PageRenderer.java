package io.github.conglongli.site.render;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.Map;

/**
 * Turns a template and its parameters into a {@link Page}; the one place templates are rendered.
 * Its calls are typed by {@link PageTemplate}: a section cannot name a template that does not exist
 * or pass it a view it does not take.
 */
public final class PageRenderer {

    public static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine;

    public PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * A page answered with 200.
     *
     * @throws gg.jte.TemplateException when the template fails to compile or render
     */
    public <V> Page page(PageTemplate<V> template, PageMeta meta, V view) {
        return page(200, template, meta, view);
    }

    /**
     * A page answered with {@code status}: a search that cannot be run (400) or not yet (503).
     *
     * @throws gg.jte.TemplateException when the template fails to compile or render
     */
    public <V> Page page(int status, PageTemplate<V> template, PageMeta meta, V view) {
        return render(status, template.name(), Map.of("meta", meta, "view", view));
    }

    /**
     * The 404 page, which shows no view of its own.
     *
     * @throws gg.jte.TemplateException when the template fails to compile or render
     */
    public Page notFound(PageMeta meta) {
        return render(404, PageTemplate.NOT_FOUND.name(), Map.of("meta", meta));
    }

    private Page render(int status, String template, Map<String, Object> params) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return Page.html(status, out.toByteArray());
    }
}
