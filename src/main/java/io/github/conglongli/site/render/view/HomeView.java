package io.github.conglongli.site.render.view;

import java.util.List;

/** The home page: profile, latest news, a short publication list, recent positions. */
public record HomeView(
        ProfileView profile,
        List<NewsView> news,
        boolean moreNews,
        String publicationsHeading,
        List<PublicationView> publications,
        List<PositionView> positions) {}
