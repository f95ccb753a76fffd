package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.SiteConfig.LabelOverride;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.LocalLink;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.page.SitePages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What only the site as a whole can tell, once its content has loaded: addresses that clash,
 * labels that do not exist, a language the site has no words for, and links to paths that are
 * neither a page nor a file in static/. {@code check} reports all of it; a running server
 * refuses content with clashes and logs the rest.
 */
public final class SiteCheck {

    private SiteCheck() {}

    /** Problems no page can be served with: two pages at one address, an override of no label. */
    public static List<ContentError> errors(Site site, SitePages pages) {
        List<ContentError> errors = new ArrayList<>(pages.problems());
        Set<String> keys = Labels.keys();
        for (LabelOverride label : site.config().labels()) {
            if (!keys.contains(label.key())) {
                errors.add(new ContentError(label.source().file(), label.source().line(), label.source().column(),
                        "no interface text is called 'labels." + label.key() + "'"
                                + Suggestions.didYouMean(label.key(), keys)));
            }
        }
        return List.copyOf(errors);
    }

    /** What the site shows differently from what was asked for: today, a language without words. */
    public static List<ContentError> warnings(Site site, String siteFile) {
        List<ContentError> warnings = new ArrayList<>();
        String language = site.config().language();
        if (Labels.bundleFor(language).isEmpty()) {
            warnings.add(ContentError.atFile(siteFile, "there is no interface text in language '" + language
                    + "' yet, so pages show English labels (languages with one: " + String.join(", ", Labels.SHIPPED)
                    + "); any label can be set under 'labels:'"));
        }
        unlinkedScholarIds(site).ifPresent(warnings::add);
        return List.copyOf(warnings);
    }

    /**
     * Papers with al-folio's {@code google_scholar_id} while profile.yaml has no link to the owner's
     * Scholar profile, which a link to the paper needs: one warning, at the first such paper.
     */
    private static Optional<ContentError> unlinkedScholarIds(Site site) {
        if (site.profile().scholarUser().isPresent()) {
            return Optional.empty();
        }
        List<Publication> withIds = site.publications().stream()
                .filter(p -> p.bibtexEntry().flatMap(e -> e.field("google_scholar_id")).isPresent()).toList();
        return withIds.stream().findFirst().map(first -> new ContentError(first.source().file(),
                first.source().line(), first.source().column(), count(withIds.size())
                        + " 'google_scholar_id', but no link to a Google Scholar profile in profile.yaml's 'links' "
                        + "(https://scholar.google.com/citations?user=...), so no paper links to Scholar"));
    }

    private static String count(int papers) {
        return papers == 1 ? "this paper has a" : papers + " papers have a";
    }

    /** Each link to a path on this site that has neither a page nor a file there. */
    public static List<ContentError> brokenLinks(List<LocalLink> links, SitePages pages, StaticFiles statics) {
        List<ContentError> broken = new ArrayList<>();
        for (LocalLink link : links) {
            String path = target(link.path());
            if (path.isEmpty() || statics.find(path).isPresent() || Theme.page(path).isPresent()
                    || pages.route(path).isPresent() || (path.endsWith("/") && pages.route(trimmed(path)).isPresent())) {
                continue;
            }
            boolean file = path.substring(path.lastIndexOf('/') + 1).contains(".");
            broken.add(link.error(file
                    ? link.field() + " '" + link.path() + "' is not in static/"
                            + Suggestions.didYouMean(path, statics.all().keySet())
                    : link.field() + " '" + link.path() + "' is not a page of this site"));
        }
        return List.copyOf(broken);
    }

    /** The path a link points at: without its query and fragment ("/" for "/#about"). */
    private static String target(String link) {
        int end = link.length();
        for (char c : new char[] {'?', '#'}) {
            int at = link.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return link.substring(0, end);
    }

    private static String trimmed(String path) {
        String p = path;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
