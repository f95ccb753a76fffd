package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.SiteConfig.LabelOverride;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.LocalLink;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.page.SitePages;
import java.util.ArrayList;
import java.util.List;
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
        String language = site.config().language();
        if (Labels.bundleFor(language).isEmpty()) {
            return List.of(ContentError.atFile(siteFile, "there is no interface text in language '" + language
                    + "' yet, so pages show English labels (languages with one: " + String.join(", ", Labels.SHIPPED)
                    + "); any label can be set under 'labels:'"));
        }
        return List.of();
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
