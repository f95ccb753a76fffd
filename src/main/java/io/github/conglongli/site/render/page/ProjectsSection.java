package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Project;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.Source;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PageRenderer;
import io.github.conglongli.site.render.PageTemplate;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.LinkView;
import io.github.conglongli.site.render.view.Markdown;
import io.github.conglongli.site.render.view.ProjectView;
import io.github.conglongli.site.render.view.ProjectsView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The projects, active ones first, each with the papers it produced; no page while there is none. */
record ProjectsSection(Site site, PageContext context, PageRenderer renderer) implements SinglePageSection<ProjectsSection.Inputs> {

    /** A paper a project lists: its slug and title, all its line on the projects page needs. */
    private record Paper(String slug, String title) {}

    record Inputs(PageContext context, List<Project> projects, Map<String, Paper> papers) {}

    @Override
    public String name() {
        return "the projects page (projects.yaml)";
    }

    @Override
    public String path() {
        return Routes.PROJECTS;
    }

    @Override
    public boolean hasContent() {
        return !site.projects().isEmpty();
    }

    /** Projects whose names give one anchor on /projects (a paper's page links the project by it). */
    List<ContentError> clashes() {
        List<ContentError> clashes = new ArrayList<>();
        Map<String, Project> byAnchor = new HashMap<>();
        for (Project project : site.projects()) {
            Project first = byAnchor.putIfAbsent(Slugs.of(project.name()), project);
            if (first != null) {
                Source at = project.source();
                clashes.add(new ContentError(at.file(), at.line(), at.column(), "the project '" + project.name()
                        + "' has the name of the project at " + first.source().where(at)
                        + " (papers link each project by its name); rename one"));
            }
        }
        return clashes;
    }

    @Override
    public Inputs inputs() {
        Map<String, Paper> papers = new HashMap<>();
        Map<String, Publication> bySlug = new HashMap<>();
        site.publications().forEach(p -> bySlug.put(p.slug(), p));
        site.projects().forEach(project -> project.papers().forEach(slug -> {
            Publication p = bySlug.get(slug);
            papers.put(slug, new Paper(slug, p.title()));
        }));
        return new Inputs(context, site.projects(), Map.copyOf(papers));
    }

    @Override
    public Page render(Inputs in) {
        Labels labels = in.context().labels();
        List<ProjectView> active = in.projects().stream().filter(p -> p.status() == Project.Status.ACTIVE)
                .map(p -> view(p, in.papers(), in.context())).toList();
        List<ProjectView> past = in.projects().stream().filter(p -> p.status() == Project.Status.PAST)
                .map(p -> view(p, in.papers(), in.context())).toList();
        var meta = Head.of(in.context(), Routes.PROJECTS, labels.get("projects.title"),
                labels.format("projects.description", in.context().owner()), "website").build();
        return renderer.page(PageTemplate.PROJECTS, meta, new ProjectsView(active, past));
    }

    private static ProjectView view(Project p, Map<String, Paper> papers, PageContext context) {
        Routes routes = context.routes();
        return new ProjectView(Slugs.of(p.name()), p.name(), Markdown.inline(p.summary(), routes.basePath()),
                p.image().map(image -> new LinkView(image.alt(), routes.link(image.url()))),
                p.links().stream().map(l -> new LinkView(context.labels().get("link." + l.type().key()),
                        routes.link(l.url()))).toList(),
                p.papers().stream().map(papers::get)
                        .map(paper -> new LinkView(paper.title(), routes.href(Routes.publication(paper.slug()))))
                        .toList());
    }
}
