package io.github.conglongli.site.render;

import gg.jte.generated.precompiled.pages.JteblogGenerated;
import gg.jte.generated.precompiled.pages.JtecvGenerated;
import gg.jte.generated.precompiled.pages.JteexperienceGenerated;
import gg.jte.generated.precompiled.pages.JtehomeGenerated;
import gg.jte.generated.precompiled.pages.JtenewsGenerated;
import gg.jte.generated.precompiled.pages.JtenotfoundGenerated;
import gg.jte.generated.precompiled.pages.JtepageGenerated;
import gg.jte.generated.precompiled.pages.JtepostGenerated;
import gg.jte.generated.precompiled.pages.JteprojectsGenerated;
import gg.jte.generated.precompiled.pages.JtepublicationGenerated;
import gg.jte.generated.precompiled.pages.JtepublicationsGenerated;
import gg.jte.generated.precompiled.pages.JtesearchGenerated;
import gg.jte.generated.precompiled.pages.JtetalksGenerated;
import gg.jte.generated.precompiled.pages.JteteachingGenerated;
import gg.jte.html.HtmlInterceptor;
import gg.jte.html.HtmlTemplateOutput;
import io.github.conglongli.site.render.view.BlogView;
import io.github.conglongli.site.render.view.CvView;
import io.github.conglongli.site.render.view.ExperienceView;
import io.github.conglongli.site.render.view.HomeView;
import io.github.conglongli.site.render.view.MarkdownPageView;
import io.github.conglongli.site.render.view.NewsPageView;
import io.github.conglongli.site.render.view.PageMeta;
import io.github.conglongli.site.render.view.ProjectsView;
import io.github.conglongli.site.render.view.PublicationPageView;
import io.github.conglongli.site.render.view.PublicationsView;
import io.github.conglongli.site.render.view.PostView;
import io.github.conglongli.site.render.view.SearchView;
import io.github.conglongli.site.render.view.TalksView;
import io.github.conglongli.site.render.view.TeachingView;
import java.util.List;

/**
 * A page template in {@code src/main/jte/pages}, typed by the view it shows: what jte-models would
 * generate, written once here since it does not resolve from the registry. Each constant names the
 * class jte generates from the template and holds its {@code render} method, so a template that is
 * renamed, removed, or given other parameters than {@code (PageMeta meta, V view)} fails the build
 * here, and a section passing the wrong view fails it at its call to {@link PageRenderer#page}.
 *
 * @param name the template's path, as the engine looks it up
 * @param signature the generated render method: held for the compiler, never called, because
 *     rendering goes through the engine so that {@code --dev} can swap in templates compiled from
 *     edited sources
 */
public record PageTemplate<V>(String name, Signature<V> signature) {

    /** The parameters every page template takes: the page's metadata, then its view. */
    @FunctionalInterface
    public interface Signature<V> {
        void render(HtmlTemplateOutput output, HtmlInterceptor interceptor, PageMeta meta, V view);
    }

    /** A page that shows no view of its own. */
    public enum NoView { NONE }

    public static final PageTemplate<HomeView> HOME =
            new PageTemplate<>(JtehomeGenerated.JTE_NAME, JtehomeGenerated::render);
    public static final PageTemplate<PublicationsView> PUBLICATIONS =
            new PageTemplate<>(JtepublicationsGenerated.JTE_NAME, JtepublicationsGenerated::render);
    public static final PageTemplate<PublicationPageView> PUBLICATION =
            new PageTemplate<>(JtepublicationGenerated.JTE_NAME, JtepublicationGenerated::render);
    public static final PageTemplate<ExperienceView> EXPERIENCE =
            new PageTemplate<>(JteexperienceGenerated.JTE_NAME, JteexperienceGenerated::render);
    public static final PageTemplate<CvView> CV = new PageTemplate<>(JtecvGenerated.JTE_NAME, JtecvGenerated::render);
    public static final PageTemplate<NewsPageView> NEWS =
            new PageTemplate<>(JtenewsGenerated.JTE_NAME, JtenewsGenerated::render);
    public static final PageTemplate<TalksView> TALKS =
            new PageTemplate<>(JtetalksGenerated.JTE_NAME, JtetalksGenerated::render);
    public static final PageTemplate<TeachingView> TEACHING =
            new PageTemplate<>(JteteachingGenerated.JTE_NAME, JteteachingGenerated::render);
    public static final PageTemplate<ProjectsView> PROJECTS =
            new PageTemplate<>(JteprojectsGenerated.JTE_NAME, JteprojectsGenerated::render);
    public static final PageTemplate<BlogView> BLOG =
            new PageTemplate<>(JteblogGenerated.JTE_NAME, JteblogGenerated::render);
    public static final PageTemplate<PostView> POST =
            new PageTemplate<>(JtepostGenerated.JTE_NAME, JtepostGenerated::render);
    public static final PageTemplate<MarkdownPageView> PAGE =
            new PageTemplate<>(JtepageGenerated.JTE_NAME, JtepageGenerated::render);
    public static final PageTemplate<SearchView> SEARCH =
            new PageTemplate<>(JtesearchGenerated.JTE_NAME, JtesearchGenerated::render);
    public static final PageTemplate<NoView> NOT_FOUND = new PageTemplate<>(JtenotfoundGenerated.JTE_NAME,
            (output, interceptor, meta, none) -> JtenotfoundGenerated.render(output, interceptor, meta));

    /** Every page template, for tests that hold them against the files in src/main/jte/pages. */
    public static List<PageTemplate<?>> all() {
        return List.of(HOME, PUBLICATIONS, PUBLICATION, EXPERIENCE, CV, NEWS, TALKS, TEACHING, PROJECTS,
                BLOG, POST, PAGE, SEARCH, NOT_FOUND);
    }
}
