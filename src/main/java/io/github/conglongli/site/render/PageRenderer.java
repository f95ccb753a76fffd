package io.github.conglongli.site.render;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a template and its parameters into a {@link Page}; the one place templates are rendered. */
public final class PageRenderer {

    public static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine;

    public PageRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /**
     * @param view the page's view record, or null for a page that has none (the 404 page)
     * @throws gg.jte.TemplateException when the template fails to compile or render
     */
    public Page html(int status, String template, Object meta, Object view) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("meta", meta);
        if (view != null) {
            params.put("view", view);
        }
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return Page.html(status, out.toByteArray());
    }
}
