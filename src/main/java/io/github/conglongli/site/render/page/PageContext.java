package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.SiteConfig;
import io.github.conglongli.site.render.Labels;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.render.view.Assets;
import io.github.conglongli.site.render.view.PageMeta;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every HTML page of a site shares: the layout's inputs (title, language, navigation,
 * assets, dev mode) and the site-wide facts views are made from (whose names to highlight). A
 * value: part of every page's inputs, so a change here re-renders every page, as it must.
 *
 * @param image   the picture link previews show for the site (absolute), if any
 * @param version the content version a dev-mode page shows; empty outside dev mode, so that
 *                unchanged pages are equal across reloads
 */
public record PageContext(
        Routes routes,
        String siteTitle,
        String language,
        String owner,
        Set<String> ownerNames,
        Optional<String> image,
        List<SiteConfig.NavItem> nav,
        Assets assets,
        Optional<PageMeta.DevMode> dev,
        Labels labels) {

    public PageContext {
        ownerNames = Set.copyOf(ownerNames);
        nav = List.copyOf(nav);
    }
}
