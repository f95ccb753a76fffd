package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Course;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.CourseView;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.TeachingView;
import java.util.List;

/** The courses taught, in the order written; no page while there is none. */
record TeachingSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<TeachingSection.Inputs> {

    record Inputs(PageContext context, List<Course> courses) {}

    @Override
    public String name() {
        return "the teaching page (teaching.yaml)";
    }

    @Override
    public String path() {
        return Routes.TEACHING;
    }

    @Override
    public boolean hasContent() {
        return !site.teaching().isEmpty();
    }

    @Override
    public Inputs inputs() {
        return new Inputs(context, site.teaching());
    }

    static CourseView view(Course c, PageContext context) {
        return new CourseView(c.code(), c.title(), c.institution(), context.labels().get("role." + c.role().key()),
                String.join(", ", c.terms()),
                c.links().stream().map(l -> new LinkView(l.display(), context.routes().link(l.url()))).toList(),
                c.description().map(text -> Markdown.block(text, context.routes().basePath())));
    }

    @Override
    public Page render(Inputs in) {
        Labels labels = in.context().labels();
        TeachingView view = new TeachingView(in.courses().stream().map(c -> view(c, in.context())).toList());
        var meta = Head.of(in.context(), Routes.TEACHING, labels.get("teaching.title"),
                labels.format("teaching.description", in.context().owner()), "website").build();
        return renderer.page(PageTemplate.TEACHING, meta, view);
    }
}
