package io.github.conglongli.site.render;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.view.NavLink;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders every route of a {@link Site} once, through the jte templates, into {@link Page}s.
 * Rendering is the expensive step; it happens when content changes, never per request.
 */
public final class SiteRenderer {

    private final TemplateEngine engine;

    public SiteRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** @throws gg.jte.TemplateException when a template fails to compile or render */
    public RenderedSite render(Site site, RenderOptions options) {
        SiteViews views = new SiteViews(site);
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("/", page(200, "pages/home.jte", meta(site, options, "/", null,
                site.config().description().orElse(site.profile().name())), views.home()));
        pages.put("/publications", page(200, "pages/publications.jte", meta(site, options, "/publications",
                "Publications", "Publications by " + site.profile().name() + "."), views.publications()));
        pages.put("/experience", page(200, "pages/experience.jte", meta(site, options, "/experience",
                "Experience", "Work experience, education, skills and service of " + site.profile().name() + "."),
                views.experience()));
        Page notFound = page(404, "pages/not-found.jte", meta(site, options, "/404", "Page not found",
                "This page does not exist."), null);
        return new RenderedSite(pages, notFound);
    }

    private Page page(int status, String template, PageMeta meta, Object view) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("meta", meta);
        if (view != null) {
            params.put("view", view);
        }
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template, params, out);
        return Page.html(status, out.toByteArray());
    }

    static PageMeta meta(Site site, RenderOptions options, String path, String heading, String description) {
        String siteTitle = site.config().title();
        String title = heading == null ? siteTitle : heading + " · " + siteTitle;
        List<NavLink> nav = site.config().nav().stream()
                .map(n -> new NavLink(n.title(), n.url(), n.url().equals(path)))
                .toList();
        return new PageMeta(title, siteTitle, description, site.config().language(),
                path.equals("/404") ? Optional.empty() : Optional.of(site.config().baseUrl() + path), nav, options.assetUrl().apply("style.css"),
                site.profile().name(), options.dev(), options.errors());
    }
}
