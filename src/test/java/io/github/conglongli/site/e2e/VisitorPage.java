package io.github.conglongli.site.e2e;

import java.util.List;

/** One page of each kind a visitor can land on, named for test reports and screenshot files. */
record VisitorPage(String name, String path) {

    static final List<VisitorPage> ALL = List.of(
            new VisitorPage("home", "/"),
            new VisitorPage("publications", "/publications"),
            new VisitorPage("publications-2022", "/publications?year=2022"),
            new VisitorPage("publication", "/publications/2022-1-bit-lamb"),
            new VisitorPage("experience", "/experience"),
            new VisitorPage("cv", "/cv"),
            new VisitorPage("not-found", "/no-such-page"));

    @Override
    public String toString() {
        return path;
    }
}
