package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.MarkdownPage;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.MarkdownPageView;
import io.github.conglongli.site.render.view.Markup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The owner's own pages, from content/pages: {@code pages/group/join.md} is {@code /group/join}. */
final class PagesSection implements Section {

    private record Inputs(PageContext context, MarkdownPage page, List<Publication> cited) {}

    private final Site site;
    private final PageContext context;
    private final PageRenderer renderer;
    private final Map<String, MarkdownPage> byPath = new HashMap<>();
    private final Map<String, Publication> papers;

    PagesSection(Site site, PageContext context, PageRenderer renderer) {
        this.site = site;
        this.context = context;
        this.renderer = renderer;
        site.pages().forEach(page -> byPath.put(Routes.page(page.path()), page));
        this.papers = References.bySlug(site);
    }

    @Override
    public String name() {
        return "a page in content/pages";
    }

    @Override
    public Stream<String> paths() {
        return site.pages().stream().map(page -> Routes.page(page.path()));
    }

    @Override
    public Optional<Route> route(String path) {
        return Optional.ofNullable(byPath.get(path)).map(page -> {
            Inputs inputs = new Inputs(context, page, References.cited(page.body().citations(), papers));
            return new Route(path, inputs, () -> render(inputs));
        });
    }

    /** The page at {@code path}, if one of the owner's pages is there. */
    Optional<MarkdownPage> page(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    private Page render(Inputs in) {
        MarkdownPage page = in.page();
        Labels labels = in.context().labels();
        MarkdownPageView view = new MarkdownPageView(page.title(), Markup.of(page.body(),
                in.context().routes().basePath(), n -> labels.format("footnote.back", n)),
                page.updated().map(date -> Dates.of(date, labels)), page.body().contents(),
                References.views(in.cited(), in.context().routes()));
        String description = page.description().or(page.body()::firstParagraph).orElse(page.title());
        var meta = Head.of(in.context(), Routes.page(page.path()), page.title(), description, "website").build();
        return renderer.page(PageTemplate.PAGE, meta, view);
    }
}
