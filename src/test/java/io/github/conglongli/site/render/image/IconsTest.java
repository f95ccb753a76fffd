package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class IconsTest {

    static final Typeface TYPEFACE = Typeface.bundled();
    static final Icons ICONS = new Icons(TYPEFACE);
    static final Monogram BLUE = Monogram.of("Conglong Li", AccentColor.parse("#1f5fbf"), TYPEFACE);
    static final Monogram GOLD = Monogram.of("Ada Lovelace", AccentColor.parse("#ffd400"), TYPEFACE);

    static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static Element text(Document svg) {
        return (Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
    }

    /** Every colour in the image, ignoring fully transparent pixels. */
    static List<Integer> colours(BufferedImage image) {
        List<Integer> colours = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 != 0) {
                    colours.add(argb & 0xFFFFFF);
                }
            }
        }
        return colours;
    }

    @Test
    void theSvgIsXmlWithTheInitialsOnTheAccent() throws Exception {
        Document svg = parseXml(ICONS.svg(BLUE));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("0 0 64 64", root.getAttribute("viewBox"));
        Element rect = (Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
        assertEquals("#1f5fbf", rect.getAttribute("fill"));
        assertEquals("CL", text(svg).getTextContent());
        assertEquals("#ffffff", text(svg).getAttribute("fill"));
    }

    @Test
    void theSvgPicksDarkLettersOnALightAccent() throws Exception {
        assertEquals("#111111", text(parseXml(ICONS.svg(GOLD))).getAttribute("fill"));
    }

    @Test
    void theSvgEscapesItsText() throws Exception {
        Monogram odd = new Monogram("<&\"'>", AccentColor.parse("#1f5fbf"));
        assertEquals("<&\"'>", text(parseXml(ICONS.svg(odd))).getTextContent());
    }

    @Test
    void withoutInitialsTheSvgShowsTheNeutralDot() throws Exception {
        Document svg = parseXml(ICONS.svg(Monogram.of("李聪龙", AccentColor.parse("#1f5fbf"), TYPEFACE)));
        assertEquals(0, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength());
        assertEquals(1, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
    }

    @Test
    void theIcoHoldsPngsOf16And32And48Pixels() {
        byte[] ico = ICONS.ico(BLUE);
        ByteBuffer in = ByteBuffer.wrap(ico).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, in.getShort(), "reserved");
        assertEquals(1, in.getShort(), "type: icon");
        int count = in.getShort();
        assertEquals(3, count);
        int expectedOffset = 6 + 16 * count;
        for (int size : List.of(16, 32, 48)) {
            assertEquals(size, Byte.toUnsignedInt(in.get()), "width");
            assertEquals(size, Byte.toUnsignedInt(in.get()), "height");
            assertEquals(0, in.get(), "palette");
            assertEquals(0, in.get(), "reserved");
            assertEquals(1, in.getShort(), "planes");
            assertEquals(32, in.getShort(), "bits per pixel");
            int length = in.getInt();
            int offset = in.getInt();
            assertEquals(expectedOffset, offset, "images follow the directory, in order");
            byte[] png = Arrays.copyOfRange(ico, offset, offset + length);
            BufferedImage image = CardImageTest.decode(png);
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
            assertArrayEquals(ICONS.png(BLUE, size, IconShape.ROUNDED), png);
            expectedOffset += length;
        }
        assertEquals(ico.length, expectedOffset, "nothing after the last image");
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 180, 192, 512})
    void pngsAreTheSizeAskedFor(int size) {
        for (IconShape shape : IconShape.values()) {
            byte[] png = ICONS.png(BLUE, size, shape);
            BufferedImage image = CardImageTest.decode(png);
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
            assertEquals(List.of("IHDR", "IDAT", "IEND"), PngChunks.types(png).stream().distinct().toList());
        }
    }

    @Test
    void theAppleTouchIconIsOpaqueToTheCornersAndTheRoundedOneIsNot() {
        BufferedImage square = CardImageTest.decode(ICONS.png(BLUE, 180, IconShape.SQUARE));
        assertFalse(square.getColorModel().hasAlpha());
        assertEquals(0x1f5fbf, square.getRGB(0, 0) & 0xFFFFFF);
        BufferedImage rounded = CardImageTest.decode(ICONS.png(BLUE, 192, IconShape.ROUNDED));
        assertEquals(0, rounded.getRGB(0, 0) >>> 24, "a transparent corner");
        assertEquals(0xff1f5fbf, rounded.getRGB(96, 4), "the accent along the edge");
    }

    @Test
    void lettersContrastWithTheAccent() {
        assertTrue(colours(CardImageTest.decode(ICONS.png(BLUE, 180, IconShape.SQUARE))).contains(0xffffff),
                "white letters on dark blue");
        List<Integer> gold = colours(CardImageTest.decode(ICONS.png(GOLD, 180, IconShape.SQUARE)));
        assertTrue(gold.contains(AccentColor.INK.getRGB() & 0xFFFFFF), "near-black letters on gold");
        assertFalse(gold.contains(0xffffff), "no white on gold");
    }

    @Test
    void differentInitialsDrawDifferentIcons() {
        assertFalse(Arrays.equals(ICONS.png(BLUE, 48, IconShape.ROUNDED),
                ICONS.png(new Monogram("CK", BLUE.accent()), 48, IconShape.ROUNDED)));
        assertArrayEquals(ICONS.ico(BLUE), ICONS.ico(Monogram.of("Conglong Li", AccentColor.parse("#1F5FBF"), TYPEFACE)));
    }

    @Test
    void withoutInitialsTheIconShowsTheNeutralDotInTheForeground() {
        Monogram none = Monogram.of("李聪龙", AccentColor.parse("#1f5fbf"), TYPEFACE);
        BufferedImage image = CardImageTest.decode(ICONS.png(none, 64, IconShape.SQUARE));
        assertEquals(0xffffff, image.getRGB(32, 32) & 0xFFFFFF);
        assertEquals(0x1f5fbf, image.getRGB(32, 8) & 0xFFFFFF);
    }

    @Test
    void sizesOutsideOneTo4096AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ICONS.png(BLUE, 0, IconShape.SQUARE));
        assertThrows(IllegalArgumentException.class, () -> ICONS.png(BLUE, 5000, IconShape.SQUARE));
    }
}
