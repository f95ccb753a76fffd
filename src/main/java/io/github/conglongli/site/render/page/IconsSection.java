package io.github.conglongli.site.render.page;

import io.github.conglongli.site.content.Site;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.Route;
import io.github.conglongli.site.render.image.AccentColor;
import io.github.conglongli.site.render.image.IconShape;
import io.github.conglongli.site.render.image.Icons;
import io.github.conglongli.site.render.image.Monogram;
import io.github.conglongli.site.render.image.Typeface;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The site's icons, drawn from the owner's initials on the accent colour: the favicon (SVG and
 * ICO), the home-screen icon and the web app manifest's icons. An icon file the owner puts in
 * static/ always wins: this section has no page at its address.
 */
final class IconsSection implements Section {

    /** One icon: its address, and how to draw it. */
    private enum Icon {
        SVG("/favicon.svg", "image/svg+xml"),
        ICO("/favicon.ico", "image/x-icon"),
        APPLE("/apple-touch-icon.png", "image/png"),
        PNG_192("/icon-192.png", "image/png"),
        PNG_512("/icon-512.png", "image/png");

        final String path;
        final String contentType;

        Icon(String path, String contentType) {
            this.path = path;
            this.contentType = contentType;
        }

        byte[] draw(Icons icons, Monogram monogram) {
            return switch (this) {
                case SVG -> icons.svg(monogram).getBytes(StandardCharsets.UTF_8);
                case ICO -> icons.ico(monogram);
                // the home screen shows no transparency: iOS would fill the corners black
                case APPLE -> icons.png(monogram, 180, IconShape.SQUARE);
                case PNG_192 -> icons.png(monogram, 192, IconShape.ROUNDED);
                case PNG_512 -> icons.png(monogram, 512, IconShape.ROUNDED);
            };
        }
    }

    private record Inputs(Icon icon, String name, String accent) {}

    private final Site site;
    private final Predicate<String> ownerHas;

    /** @param ownerHas whether the owner's static/ has a file at a path */
    IconsSection(Site site, Predicate<String> ownerHas) {
        this.site = site;
        this.ownerHas = ownerHas;
    }

    @Override
    public String name() {
        return "the site's icons";
    }

    @Override
    public Stream<String> paths() {
        return Stream.of(Icon.values()).map(icon -> icon.path).filter(path -> !ownerHas.test(path));
    }

    @Override
    public Optional<Route> route(String path) {
        return Stream.of(Icon.values()).filter(icon -> icon.path.equals(path) && !ownerHas.test(path)).findFirst()
                .map(icon -> {
                    Inputs inputs = new Inputs(icon, site.profile().name(), site.config().accent());
                    return new Route(path, inputs, () -> draw(inputs));
                });
    }

    private static Page draw(Inputs in) {
        Typeface typeface = Typeface.bundled();
        Monogram monogram = Monogram.of(in.name(), AccentColor.parse(in.accent()), typeface);
        return Page.of(200, in.icon().contentType, in.icon().draw(new Icons(typeface), monogram));
    }
}
