package io.github.conglongli.site.content.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The theme's math font is a subset (tools/math-font/build), so a symbol added to the converter
 * must be added to the font too, or browsers draw it with another font. The subset script writes
 * the font's character map to font-coverage.txt together with the font's SHA-256; reading the
 * woff2 itself would need a Brotli decoder the build does not otherwise have.
 */
class MathFontTest {

    private static final String FONT = "/theme/fonts/latinmodern-math-subset.woff2";
    private static final Path COVERAGE = Path.of("src/test/resources/math/font-coverage.txt");
    private static final String REBUILD = "; rebuild the font with tools/math-font/build (docs/math.md)";

    @Test
    void theCoverageListDescribesTheFontTheThemeShips() throws IOException, NoSuchAlgorithmException {
        byte[] font;
        try (InputStream in = MathFontTest.class.getResourceAsStream(FONT)) {
            assertTrue(in != null, "the theme has no " + FONT);
            font = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font));
        assertEquals(List.of(sha256), field("sha256"), "the font was changed without its coverage list" + REBUILD);
        assertTrue(field("tables").get(0).contains("MATH"),
                "without its MATH table the browser cannot stretch delimiters or place limits" + REBUILD);
    }

    @Test
    void everyCharacterTheConverterCanWriteIsInTheFontOrMissingFromLatinModernItself() throws IOException {
        Set<Integer> known = new TreeSet<>(codePoints("covered"));
        known.addAll(codePoints("absent"));
        Set<Integer> repertoire = MathFontRepertoire.codePoints();
        String missing = repertoire.stream().filter(cp -> !known.contains(cp))
                .map(cp -> String.format("U+%04X %s", cp, Character.toString(cp)))
                .collect(Collectors.joining(", "));
        assertEquals("", missing, "the converter can write these, the font was not built for them" + REBUILD);
        assertTrue(codePoints("covered").containsAll(List.of((int) '∑', (int) '(', (int) '√', 0x1D465, 0x211D)),
                "the sum, parentheses, radical, italic x and double-struck R are in the font");
    }

    private static List<Integer> codePoints(String kind) throws IOException {
        return field(kind).stream().map(hex -> Integer.parseInt(hex, 16)).toList();
    }

    /** The values of the coverage list's lines that start with {@code key}. */
    private static List<String> field(String key) throws IOException {
        return Files.readAllLines(COVERAGE).stream()
                .filter(line -> line.startsWith(key + " "))
                .map(line -> line.substring(key.length() + 1))
                .toList();
    }
}
