package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Course;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.CourseView;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.TeachingView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The courses taught, in the order written; no page while there is none. */
record TeachingSection(Site site, PageContext context, PageRenderer renderer) implements Section {

    private record Inputs(PageContext context, List<Course> courses) {}

    @Override
    public String name() {
        return "the teaching page (content/teaching.yaml)";
    }

    @Override
    public Stream<String> paths() {
        return site.teaching().isEmpty() ? Stream.empty() : Stream.of(Routes.TEACHING);
    }

    @Override
    public Optional<Route> route(String path) {
        if (site.teaching().isEmpty()) {
            return Optional.empty();
        }
        return Section.single(path, Routes.TEACHING, () -> new Inputs(context, site.teaching()), this::render);
    }

    static CourseView view(Course c, Routes routes) {
        return new CourseView(c.code(), c.title(), c.institution(), c.role().label(), String.join(", ", c.terms()),
                c.links().stream().map(l -> new LinkView(l.display(), routes.link(l.url()))).toList(),
                c.description().map(Markdown::block));
    }

    private Page render(Inputs in) {
        Routes routes = in.context().routes();
        TeachingView view = new TeachingView(in.courses().stream().map(c -> view(c, routes)).toList());
        var meta = Head.of(in.context(), Routes.TEACHING, "Teaching", "Courses taught by " + in.context().owner() + ".",
                "website").build();
        return renderer.html(200, "pages/teaching.jte", meta, view);
    }
}
