package io.github.conglongli.site.content;

import io.github.conglongli.site.content.yaml.FieldReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The contents of {@code profile.yaml}: who the site is about. {@code social} holds the owner's
 * handles on the networks link previews name them on ({@code twitter: '@ada'},
 * {@code mastodon: '@ada@mastodon.social'}, {@code bluesky: ada.bsky.social}).
 */
public record Profile(
        String name,
        Optional<String> role,
        Optional<String> affiliation,
        Optional<String> team,
        Optional<String> location,
        Optional<String> photo,
        Optional<String> photoAlt,
        List<String> emails,
        List<Link> links,
        Optional<String> bio,
        Optional<String> researchInterests,
        Social social) {

    /** Handles on social networks, each optional. */
    public record Social(Optional<String> twitter, Optional<String> mastodon, Optional<String> bluesky) {

        private static final Pattern TWITTER = Pattern.compile("@?[A-Za-z0-9_]{1,15}");
        private static final Pattern MASTODON = Pattern.compile("@?[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
        private static final Pattern BLUESKY = Pattern.compile("@?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

        static Social read(FieldReader f) {
            return new Social(handle(f, "twitter", TWITTER, "'@ada'"), handle(f, "mastodon", MASTODON,
                    "'@ada@mastodon.social'"), handle(f, "bluesky", BLUESKY, "ada.bsky.social"));
        }

        private static Optional<String> handle(FieldReader f, String key, Pattern form, String example) {
            Optional<String> value = f.optionalText(key);
            if (value.isPresent() && !form.matcher(value.get()).matches()) {
                f.error(key, "'" + key + "' must be a handle such as " + example + ", got '" + value.get() + "'");
                return Optional.empty();
            }
            return value.map(v -> v.startsWith("@") ? v.substring(1) : v);
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

    /** A Google Scholar profile address: scholar.google.com (or a national domain) with {@code user=ID}. */
    private static final Pattern SCHOLAR_PROFILE =
            Pattern.compile("https?://scholar\\.google\\.[a-z.]{2,12}/citations\\?(?:[^#]*&)?user=([A-Za-z0-9_-]{6,20})(?:[&#].*)?");

    /**
     * The owner's Google Scholar user id, from a link in {@code links:} to their Scholar profile:
     * what al-folio's {@code google_scholar_id} of a paper needs to make a link to it.
     */
    public Optional<String> scholarUser() {
        return links.stream().map(link -> SCHOLAR_PROFILE.matcher(link.url())).filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1)).findFirst();
    }

    static Profile read(FieldReader f) {
        String name = f.text("name");
        Optional<String> role = f.optionalText("role");
        Optional<String> affiliation = f.optionalText("affiliation");
        Optional<String> team = f.optionalText("team");
        Optional<String> location = f.optionalText("location");
        Optional<String> photo = f.optionalUrl("photo");
        Optional<String> photoAlt = f.optionalText("photo_alt");
        List<String> emails = f.texts("emails");
        for (String email : emails) {
            if (!EMAIL.matcher(email).matches()) {
                f.error("emails", "'" + email + "' does not look like an email address");
            }
        }
        List<Link> links = f.list("links", Link::read);
        Optional<String> bio = f.optionalText("bio");
        Optional<String> researchInterests = f.optionalText("research_interests");
        return new Profile(name, role, affiliation, team, location, photo, photoAlt, emails, links, bio,
                researchInterests, Social.read(f));
    }
}
