package io.github.conglongli.site.render.view;

import java.util.List;

/** The home page: profile, a short publication list, recent positions. */
public record HomeView(
        ProfileView profile,
        String publicationsHeading,
        List<PublicationView> publications,
        List<PositionView> positions) {}
