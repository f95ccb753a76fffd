package io.github.conglongli.site.render.image;

import java.util.Objects;
import java.util.Optional;

/**
 * The link preview of a page that is not a paper, and the fallback when a paper's card cannot be
 * drawn: the owner's name, a headline ("Senior Researcher at Microsoft"; empty for none), the
 * photo or else a monogram, and the site name. Build with {@link #of} and the {@code with…} copies.
 */
public record SiteCard(String name, String headline, Optional<Photo> photo, String siteName, AccentColor accent) {

    public SiteCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(siteName, "siteName");
        Objects.requireNonNull(accent, "accent");
    }

    public static SiteCard of(String name, String siteName, AccentColor accent) {
        return new SiteCard(name, "", Optional.empty(), siteName, accent);
    }

    public SiteCard withHeadline(String headline) {
        return new SiteCard(name, headline, photo, siteName, accent);
    }

    public SiteCard withPhoto(Photo photo) {
        return new SiteCard(name, headline, Optional.of(photo), siteName, accent);
    }
}
