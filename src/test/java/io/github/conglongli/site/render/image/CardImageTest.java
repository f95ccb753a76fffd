package io.github.conglongli.site.render.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardImageTest {

    static final CardImage CARDS = new CardImage(Typeface.bundled());
    static final AccentColor BLUE = AccentColor.parse("#1f5fbf");
    static final PaperCard PAPER = PaperCard.of(
                    "DeepSpeed-MoE: Advancing Mixture-of-Experts Inference and Training to Power Next-Generation AI Scale",
                    "Conglong Li", BLUE)
            .withEyebrow("ICML 2022")
            .withByline(List.of(Byline.author("Samyam Rajbhandari"), Byline.owner("Conglong Li"),
                    Byline.author("Zhewei Yao"), Byline.author("Minjia Zhang")))
            .withBadges(List.of("Oral"));
    static final SiteCard SITE = SiteCard.of("Conglong Li", "Conglong Li", BLUE)
            .withHeadline("Senior Researcher at Microsoft");

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(image, "not an image ImageIO reads");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertCard(byte[] png) {
        BufferedImage image = decode(png);
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), PngChunks.types(png).stream().distinct().toList(),
                "pixels only: no time stamp or other metadata");
    }

    /**
     * Nothing is drawn in the right margin, nor in the strip above the footer: text that is too
     * long was wrapped or shortened, not drawn past the edge.
     */
    static void assertNothingOverflows(byte[] png) {
        BufferedImage image = decode(png);
        List<Integer> frame = List.of(0xffffff, 0xf5f6f8, 0xe3e6ea);
        for (int y = CardCanvas.BAND; y < CardCanvas.HEIGHT; y++) {
            for (int x = CardCanvas.WIDTH - CardCanvas.MARGIN + 4; x < CardCanvas.WIDTH; x++) {
                assertTrue(frame.contains(image.getRGB(x, y) & 0xFFFFFF), "drawn in the right margin at " + x + "," + y);
            }
        }
        for (int y = CardCanvas.CONTENT_BOTTOM + 4; y < CardCanvas.FOOTER_TOP; y++) {
            for (int x = 0; x < CardCanvas.WIDTH; x++) {
                assertEquals(0xffffff, image.getRGB(x, y) & 0xFFFFFF, "drawn above the footer at " + x + "," + y);
            }
        }
    }

    @Test
    void aPaperCardIsA1200By630Png() {
        assertCard(CARDS.paper(PAPER).orElseThrow());
        assertNothingOverflows(CARDS.paper(PAPER).orElseThrow());
    }

    @Test
    void theSameCardGivesTheSameBytesFromAnyRendererAndThread() throws Exception {
        byte[] first = CARDS.paper(PAPER).orElseThrow();
        assertArrayEquals(first, CARDS.paper(PAPER).orElseThrow());
        PaperCard equalCard = PaperCard.of(PAPER.title(), PAPER.siteName(), AccentColor.parse("#1F5FBF"))
                .withEyebrow(PAPER.eyebrow()).withByline(new ArrayList<>(PAPER.byline())).withBadges(PAPER.badges());
        assertEquals(PAPER, equalCard);
        assertArrayEquals(first, new CardImage(Typeface.bundled()).paper(equalCard).orElseThrow());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Optional<byte[]>>> renders = IntStream.range(0, 4).mapToObj(i -> pool.submit(() -> CARDS.paper(PAPER))).toList();
            for (Future<Optional<byte[]>> render : renders) {
                assertArrayEquals(first, render.get().orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anyChangeChangesTheBytes() {
        byte[] card = CARDS.paper(PAPER).orElseThrow();
        List<PaperCard> changed = List.of(
                PaperCard.of(PAPER.title() + "?", PAPER.siteName(), PAPER.accent()).withEyebrow(PAPER.eyebrow())
                        .withByline(PAPER.byline()).withBadges(PAPER.badges()),
                PAPER.withEyebrow("ICML 2023"),
                PAPER.withByline(PAPER.byline().subList(0, 3)),
                PAPER.withBadges(List.of()),
                new PaperCard(PAPER.eyebrow(), PAPER.title(), PAPER.byline(), PAPER.badges(), "Someone Else", PAPER.accent()),
                new PaperCard(PAPER.eyebrow(), PAPER.title(), PAPER.byline(), PAPER.badges(), PAPER.siteName(),
                        AccentColor.parse("#1f5fbe")));
        for (PaperCard other : changed) {
            assertFalse(Arrays.equals(card, CARDS.paper(other).orElseThrow()), other::toString);
        }
    }

    @Test
    void aTitleOrEyebrowTheTypefaceCannotDrawHasNoPaperCardButASiteCard() {
        assertEquals(Optional.empty(), CARDS.paper(PaperCard.of("深層学習の効率化", "Conglong Li", BLUE)));
        assertEquals(Optional.empty(), CARDS.paper(PAPER.withEyebrow("情報処理学会 2023")));
        assertEquals(Optional.empty(), CARDS.paper(PaperCard.of("  ", "Conglong Li", BLUE)));
        assertCard(CARDS.site(SITE));
    }

    @Test
    void accentedLatinTitlesHaveAPaperCard() {
        assertCard(CARDS.paper(PaperCard.of("Über die Effizienz: Özgür Çelik’s ≤ 2× speed-up", "Özgür Çelik", BLUE)
                .withByline(List.of(Byline.owner("Özgür Çelik")))).orElseThrow());
    }

    @Test
    void authorsAndBadgesTheTypefaceCannotDrawDoNotStopThePaperCard() {
        assertCard(CARDS.paper(PAPER.withByline(List.of(Byline.author("山田太郎"), Byline.owner("Conglong Li")))
                .withBadges(List.of("最優秀論文賞", "🏆"))).orElseThrow());
    }

    @Test
    void veryLongTitlesAuthorListsAndBadgesStillMakeAValidCard() {
        List<Byline> authors = IntStream.range(0, 300)
                .mapToObj(i -> i == 250 ? Byline.owner("Conglong Li") : Byline.author("Author Number " + i))
                .toList();
        String title = "Scaling laws for efficient training of very large language models ".repeat(7).substring(0, 400);
        PaperCard huge = PaperCard.of(title, "A site name far too long to fit in the footer of a card ".repeat(5), BLUE)
                .withEyebrow("An eyebrow that goes on and on ".repeat(6))
                .withByline(authors)
                .withBadges(IntStream.range(0, 30).mapToObj(i -> "Outstanding Paper Award " + i).toList());
        byte[] card = CARDS.paper(huge).orElseThrow();
        assertCard(card);
        assertNothingOverflows(card);
        byte[] oneWord = CARDS.paper(PaperCard.of("x".repeat(400), "", BLUE)).orElseThrow();
        assertCard(oneWord);
        assertNothingOverflows(oneWord);
    }

    @Test
    void aSiteCardIsA1200By630PngThatDependsOnItsText() {
        byte[] card = CARDS.site(SITE);
        assertCard(card);
        assertArrayEquals(card, CARDS.site(SITE));
        assertFalse(Arrays.equals(card, CARDS.site(SITE.withHeadline("Principal Researcher at Microsoft"))));
    }

    @Test
    void aSiteCardLeavesOutTextTheTypefaceCannotDraw() {
        AccentColor green = AccentColor.parse("#2e8b57");
        byte[] nothingDrawable = CARDS.site(SiteCard.of("李聪龙", "李聪龙的主页", green).withHeadline("深層学習の効率化"));
        assertCard(nothingDrawable);
        assertArrayEquals(CARDS.site(SiteCard.of("", "", green)), nothingDrawable, "drawn as if the text were absent");
        assertArrayEquals(CARDS.site(SiteCard.of("Conglong Li", "Conglong Li", BLUE)),
                CARDS.site(SiteCard.of("Conglong Li (李聪龙)", "Conglong Li", BLUE)), "the other script's words are left out");
    }

    @Test
    void veryLongSiteCardTextStillMakesAValidCard() {
        byte[] card = CARDS.site(SiteCard.of("Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr. ".repeat(4), "x".repeat(300), BLUE)
                .withHeadline("Senior Researcher at Microsoft, ".repeat(40)));
        assertCard(card);
        assertNothingOverflows(card);
    }

    @Test
    void aSiteCardShowsThePhotoInsteadOfTheMonogram() {
        BufferedImage portrait = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 300; x++) {
                portrait.setRGB(x, y, 0xff8800);
            }
        }
        byte[] card = CARDS.site(SITE.withPhoto(Photo.of(portrait)));
        assertCard(card);
        assertFalse(Arrays.equals(CARDS.site(SITE), card));
        BufferedImage image = decode(card);
        int centreOfCircle = image.getRGB(80 + 124, (72 + 494) / 2) & 0xFFFFFF;
        assertEquals(0xff8800, centreOfCircle);
        assertArrayEquals(card, CARDS.site(SITE.withPhoto(Photo.of(portrait))));
    }
}
