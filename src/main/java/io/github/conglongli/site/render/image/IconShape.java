package io.github.conglongli.site.render.image;

/** How an icon fills its square. */
public enum IconShape {
    /** A rounded square on transparent corners: favicons, web manifest icons ("any"). */
    ROUNDED,
    /**
     * The whole square, opaque: the apple-touch-icon (iOS rounds it itself and would show
     * transparent corners as black) and "maskable" manifest icons.
     */
    SQUARE
}
