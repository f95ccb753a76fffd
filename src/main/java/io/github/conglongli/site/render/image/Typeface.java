package io.github.conglongli.site.render.image;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one typeface generated images are drawn with: DejaVu Sans, regular and bold, shipped in
 * the jar ({@code fonts/}, licence in {@code fonts/LICENSE-DejaVu.txt}). A slim container has no
 * system fonts, and a system font would make the same card differ from machine to machine, so
 * no other font is ever used: text this typeface cannot draw is not drawn (see {@link #canDraw}).
 * DejaVu was chosen over smaller fonts for its coverage of what paper titles contain besides
 * Latin, Greek and Cyrillic letters: arrows, ≤, ∞, the minus sign, sub- and superscripts.
 *
 * <p>Immutable and thread-safe; {@link #bundled()} loads it once per process.
 */
public final class Typeface {

    static {
        Headless.ensure();
    }

    /** Kerning as a typesetter would; measuring and drawing both see these attributes. */
    private static final Map<TextAttribute, Object> TYPESETTING = Map.of(
            TextAttribute.KERNING, TextAttribute.KERNING_ON,
            TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);

    private final Font regular;
    private final Font bold;

    private Typeface(Font regular, Font bold) {
        this.regular = regular.deriveFont(TYPESETTING);
        this.bold = bold.deriveFont(TYPESETTING);
    }

    /**
     * The bundled typeface, loaded on first use. The holder class below is initialised by the
     * JVM exactly once, thread-safely, and what it holds is immutable: this is a lazily built
     * constant, not mutable static state. Loading once matters: {@code Font.createFont} parses
     * the file and copies the stream to a temporary file that lives as long as the font.
     */
    public static Typeface bundled() {
        return Bundled.TYPEFACE;
    }

    private static final class Bundled {
        static final Typeface TYPEFACE = new Typeface(load("DejaVuSans.ttf"), load("DejaVuSans-Bold.ttf"));
    }

    private static Font load(String file) {
        try (InputStream in = Typeface.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font fonts/" + file + " is missing from the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file + " is not a TrueType font", e);
        }
    }

    public Font regular(float size) {
        return regular.deriveFont(size);
    }

    public Font bold(float size) {
        return bold.deriveFont(size);
    }

    /**
     * Whether both weights have a glyph for every character of the text as it would be drawn
     * (see {@link DisplayText}), so drawing it shows no boxes. Empty text is drawable.
     */
    public boolean canDraw(String text) {
        String shown = DisplayText.of(text);
        return regular.canDisplayUpTo(shown) < 0 && bold.canDisplayUpTo(shown) < 0;
    }

    /**
     * The words of the text (split at white space) that this typeface can draw, in order:
     * "Conglong Li (李聪龙)" keeps "Conglong Li". Meant for names, where a script the typeface
     * lacks usually comes as a word of its own; a sentence with a word left out may read wrong.
     */
    public String drawableWords(String text) {
        return Arrays.stream(DisplayText.of(text).split(" "))
                .filter(this::canDraw)
                .collect(Collectors.joining(" "))
                .strip();
    }
}
