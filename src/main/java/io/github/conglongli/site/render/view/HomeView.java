package io.github.conglongli.site.render.view;

import java.util.List;

/** The home page: profile, latest news, a short publication list, recent positions, latest posts, and where to see more. */
public record HomeView(
        ProfileView profile,
        List<NewsView> news,
        boolean moreNews,
        String newsUrl,
        String publicationsHeading,
        List<PublicationView> publications,
        String publicationsUrl,
        List<PositionView> positions,
        String experienceUrl,
        List<PostSummaryView> posts,
        String blogUrl) {}
