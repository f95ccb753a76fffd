package io.github.conglongli.site.render.image;

import java.util.Objects;
import java.util.Optional;

/**
 * Link preview images ({@code og:image}): 1200x630 PNGs. The same card always gives the same
 * bytes, so a card's ETag is stable across renders (on one JVM build: another font rasteriser or
 * zlib may give other, equally stable, bytes). Thread-safe; about the cost of one page render.
 */
public final class CardImage {

    public static final int WIDTH = CardCanvas.WIDTH;
    public static final int HEIGHT = CardCanvas.HEIGHT;
    public static final String CONTENT_TYPE = "image/png";

    private final Typeface typeface;

    public CardImage(Typeface typeface) {
        this.typeface = Objects.requireNonNull(typeface, "typeface");
    }

    /**
     * The paper's card, or empty if it cannot be drawn: its title or eyebrow has characters the
     * typeface lacks (a Japanese title, say), or it has no title. Show the {@link #site} card then.
     * Authors and badges the typeface cannot draw are left out.
     */
    public Optional<byte[]> paper(PaperCard card) {
        return PaperCardLayout.render(card, typeface);
    }

    /** The site's card; never fails, and leaves out whatever text the typeface cannot draw. */
    public byte[] site(SiteCard card) {
        return SiteCardLayout.render(card, typeface);
    }
}
