package io.github.conglongli.site.publish;

import io.github.conglongli.site.render.Page;

/** The short content hash put in asset URLs ({@code ?v=...}); it changes whenever the bytes do. */
public final class AssetVersion {

    private AssetVersion() {}

    public static String of(Page page) {
        return page.etag().substring(1, 11);
    }
}
