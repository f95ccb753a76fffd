package io.github.conglongli.site.content;

import java.util.List;
import java.util.Map;

/**
 * One immutable, validated snapshot of everything under {@code content/}. {@code version}
 * identifies the exact bytes it was built from (a hash), so two loads of unchanged files
 * produce the same version. Posts are newest first, drafts included (only dev mode shows them).
 * {@code venues} is the optional venues.yaml: the pages and colours of the badges papers show.
 * Built by name with {@link #builder()}.
 */
public record Site(
        SiteConfig config,
        Profile profile,
        List<Publication> publications,
        Experience experience,
        List<NewsItem> news,
        List<Talk> talks,
        List<Course> teaching,
        List<Project> projects,
        List<MarkdownPage> pages,
        List<Post> posts,
        Map<String, VenueBadge> venues,
        String version) {

    public Site {
        publications = List.copyOf(publications);
        news = List.copyOf(news);
        talks = List.copyOf(talks);
        teaching = List.copyOf(teaching);
        projects = List.copyOf(projects);
        pages = List.copyOf(pages);
        posts = List.copyOf(posts);
        venues = Map.copyOf(venues);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().config(config).profile(profile).publications(publications).experience(experience)
                .news(news).talks(talks).teaching(teaching).projects(projects).pages(pages).posts(posts)
                .venues(venues).version(version);
    }

    public static final class Builder {
        private SiteConfig config;
        private Profile profile;
        private List<Publication> publications = List.of();
        private Experience experience = Experience.EMPTY;
        private List<NewsItem> news = List.of();
        private List<Talk> talks = List.of();
        private List<Course> teaching = List.of();
        private List<Project> projects = List.of();
        private List<MarkdownPage> pages = List.of();
        private List<Post> posts = List.of();
        private Map<String, VenueBadge> venues = Map.of();
        private String version = "";

        private Builder() {}

        public Builder config(SiteConfig v) { config = v; return this; }
        public Builder profile(Profile v) { profile = v; return this; }
        public Builder publications(List<Publication> v) { publications = v; return this; }
        public Builder experience(Experience v) { experience = v; return this; }
        public Builder news(List<NewsItem> v) { news = v; return this; }
        public Builder talks(List<Talk> v) { talks = v; return this; }
        public Builder teaching(List<Course> v) { teaching = v; return this; }
        public Builder projects(List<Project> v) { projects = v; return this; }
        public Builder pages(List<MarkdownPage> v) { pages = v; return this; }
        public Builder posts(List<Post> v) { posts = v; return this; }
        public Builder venues(Map<String, VenueBadge> v) { venues = v; return this; }
        public Builder version(String v) { version = v; return this; }

        public Site build() {
            return new Site(config, profile, publications, experience, news, talks, teaching, projects, pages, posts,
                    venues, version);
        }
    }
}
