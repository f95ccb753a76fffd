package io.github.conglongli.site.e2e;

import io.github.conglongli.site.testing.ExampleSite;
import java.util.List;

/** One page of each kind a visitor can land on in the {@link ExampleSite}, named for test reports and screenshot files. */
record VisitorPage(String name, String path) {

    static final List<VisitorPage> ALL = List.of(
            new VisitorPage("home", "/"),
            new VisitorPage("publications", "/publications"),
            new VisitorPage("publications-2022", ExampleSite.PUBLICATIONS_2022),
            new VisitorPage("publication", ExampleSite.PAPER),
            new VisitorPage("experience", "/experience"),
            new VisitorPage("cv", "/cv"),
            new VisitorPage("news", "/news"),
            new VisitorPage("talks", "/talks"),
            new VisitorPage("teaching", "/teaching"),
            new VisitorPage("projects", "/projects"),
            new VisitorPage("page", ExampleSite.PAGE),
            new VisitorPage("blog", "/blog"),
            new VisitorPage("blog-page-2", ExampleSite.BLOG_PAGE_2),
            new VisitorPage("post", ExampleSite.POST),
            new VisitorPage("tag", ExampleSite.TAG),
            new VisitorPage("search", ExampleSite.SEARCH),
            new VisitorPage("not-found", "/no-such-page"));

    @Override
    public String toString() {
        return path;
    }
}
