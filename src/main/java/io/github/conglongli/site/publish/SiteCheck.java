package io.github.conglongli.site.publish;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.page.SitePages;
import java.util.ArrayList;
import java.util.List;

/**
 * What only the site as a whole can tell, once its content has loaded: addresses that clash.
 * Run by every publish and by {@code check}, so both refuse the same content.
 */
public final class SiteCheck {

    private SiteCheck() {}

    public static List<ContentError> errors(Site site, SitePages pages) {
        List<ContentError> errors = new ArrayList<>(pages.problems());
        return List.copyOf(errors);
    }
}
