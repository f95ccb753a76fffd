package io.github.conglongli.site.render;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How to render: {@code dev} adds the live-reload script and shows {@code errors} in a banner;
 * {@code assetUrl} maps a static file name ("style.css") to the address pages link to, which
 * carries a content hash so browsers and CDNs may cache it forever. In dev mode {@code version}
 * is written into each page, so the live-reload script knows which version it shows.
 */
public record RenderOptions(boolean dev, List<String> errors, UnaryOperator<String> assetUrl, String version) {

    public static RenderOptions production(UnaryOperator<String> assetUrl) {
        return new RenderOptions(false, List.of(), assetUrl, "");
    }
}
