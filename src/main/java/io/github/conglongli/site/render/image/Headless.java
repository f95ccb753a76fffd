package io.github.conglongli.site.render.image;

/**
 * Makes sure AWT starts headless. A server has no display, and AWT reads {@code java.awt.headless}
 * once, when graphics are first used, so this runs in the static initialisers of the classes
 * through which drawing starts ({@link Typeface}, {@link Photo}). It leaves an explicit setting
 * alone: whoever set it (a test, a flag on the command line) decided.
 */
final class Headless {

    private Headless() {}

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
