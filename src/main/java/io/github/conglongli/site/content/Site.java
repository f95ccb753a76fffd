package io.github.conglongli.site.content;

import java.util.List;

/**
 * One immutable, validated snapshot of everything under {@code content/}. {@code version}
 * identifies the exact bytes it was built from (a hash), so two loads of unchanged files
 * produce the same version. Built by name with {@link #builder()}.
 */
public record Site(
        SiteConfig config,
        Profile profile,
        List<Publication> publications,
        Experience experience,
        List<NewsItem> news,
        String version) {

    public Site {
        publications = List.copyOf(publications);
        news = List.copyOf(news);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().config(config).profile(profile).publications(publications).experience(experience)
                .news(news).version(version);
    }

    public static final class Builder {
        private SiteConfig config;
        private Profile profile;
        private List<Publication> publications = List.of();
        private Experience experience = Experience.EMPTY;
        private List<NewsItem> news = List.of();
        private String version = "";

        private Builder() {}

        public Builder config(SiteConfig v) { config = v; return this; }
        public Builder profile(Profile v) { profile = v; return this; }
        public Builder publications(List<Publication> v) { publications = v; return this; }
        public Builder experience(Experience v) { experience = v; return this; }
        public Builder news(List<NewsItem> v) { news = v; return this; }
        public Builder version(String v) { version = v; return this; }

        public Site build() {
            return new Site(config, profile, publications, experience, news, version);
        }
    }
}
