package io.github.conglongli.site.publish;

import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The files the engine brings for every site (the stylesheet), served where the owner's
 * static/ has no file of the same name: an owner's own file always wins. They come with the
 * jar, so an upgrade of the engine upgrades the theme of every site that has not replaced it.
 */
final class Theme {

    private static final Map<String, String> FILES = Map.of("/style.css", "text/css; charset=utf-8",
            // fetched by browsers only for pages with math (a @font-face font loads when a glyph needs it);
            // a subset of Latin Modern Math made by tools/math-font/build (docs/math.md)
            "/fonts/latinmodern-math-subset.woff2", "font/woff2",
            "/fonts/LICENSE-LatinModernMath.txt", "text/plain; charset=utf-8");

    /** Read once: the files never change while the jar runs. */
    private static final class Loaded {
        static final Map<String, Page> PAGES = load();
    }

    private Theme() {}

    /** The theme's file at {@code path}, if it has one. */
    static Optional<Page> page(String path) {
        return FILES.containsKey(path) ? Optional.of(Loaded.PAGES.get(path)) : Optional.empty();
    }

    /** The paths of the theme's files. */
    static Iterable<String> paths() {
        return FILES.keySet();
    }

    private static Map<String, Page> load() {
        return Map.copyOf(FILES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> Page.of(200, e.getValue(), read("/theme" + e.getKey())))));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
