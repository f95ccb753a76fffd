package io.github.conglongli.site.render.image;

import java.util.List;
import java.util.Objects;

/**
 * What a paper's (or post's) link preview shows: an eyebrow line above the title (the venue,
 * "NeurIPS 2022", or a date; empty for none), the title, the authors, award badges, and the site
 * name in the footer. Build with {@link #of} and the {@code with…} copies.
 */
public record PaperCard(
        String eyebrow,
        String title,
        List<Byline> byline,
        List<String> badges,
        String siteName,
        AccentColor accent) {

    public PaperCard {
        Objects.requireNonNull(eyebrow, "eyebrow");
        Objects.requireNonNull(title, "title");
        byline = List.copyOf(byline);
        badges = List.copyOf(badges);
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(accent, "accent");
    }

    public static PaperCard of(String title, String siteName, AccentColor accent) {
        return new PaperCard("", title, List.of(), List.of(), siteName, accent);
    }

    public PaperCard withEyebrow(String eyebrow) {
        return new PaperCard(eyebrow, title, byline, badges, siteName, accent);
    }

    public PaperCard withByline(List<Byline> byline) {
        return new PaperCard(eyebrow, title, byline, badges, siteName, accent);
    }

    public PaperCard withBadges(List<String> badges) {
        return new PaperCard(eyebrow, title, byline, badges, siteName, accent);
    }
}
