package io.github.conglongli.site.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;

/** BibTeX written for the site's publications, checked by parsing it back with jbibtex. */
class BibtexTest {

    static final Function<Publication, String> PAGE = p -> "https://conglongli.github.io/publications/" + p.slug();

    static List<Publication> realPublications() {
        LoadResult result = new ContentLoader(Path.of("content")).load();
        return ((LoadResult.Loaded) assertInstanceOf(LoadResult.Loaded.class, result)).site().publications();
    }

    static Publication real(String titleStart) {
        return realPublications().stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    static String realEntry(String titleStart) {
        Publication p = real(titleStart);
        return Bibtex.entry(p, Bibtex.keys(realPublications()).get(p.slug()), PAGE.apply(p));
    }

    /** A publication with defaults for everything a test does not care about. */
    static final class Paper {
        String slug = "paper";
        String title = "A Paper";
        List<String> authors = List.of("Conglong Li");
        boolean etAl;
        Optional<String> note = Optional.empty();
        String venue = "Venue 2022";
        Optional<String> venueFull = Optional.empty();
        int year = 2022;
        Optional<String> date = Optional.empty();
        PublicationType type = PublicationType.CONFERENCE;
        List<String> awards = List.of();
        Optional<String> volume = Optional.empty();
        Optional<String> issue = Optional.empty();
        Optional<String> pages = Optional.empty();
        Optional<String> publisher = Optional.empty();
        Optional<String> arxiv = Optional.empty();
        Optional<String> doi = Optional.empty();
        Optional<String> bibtexKey = Optional.empty();

        Publication build() {
            return new Publication(slug, title, authors, etAl, Optional.empty(), note, venue, venueFull, year, date,
                    type, awards, volume, issue, pages, publisher, arxiv, doi, false, Optional.empty(), List.of(),
                    bibtexKey, new Publication.Source("content/publications.yaml", 1, 5));
        }
    }

    static Paper paper(String slug, String title) {
        Paper paper = new Paper();
        paper.slug = slug;
        paper.title = title;
        return paper;
    }

    static BibTeXDatabase parse(String bibtex) throws Exception {
        return new BibTeXParser().parse(new StringReader(bibtex));
    }

    /** What LaTeX typesets for a value, braces gone; LaTeX sets ' as a typographic apostrophe. */
    static String plain(Value value) throws Exception {
        String text = new LaTeXPrinter().print(new LaTeXParser().parse(value.toUserString()));
        return text.replace("{", "").replace("}", "").replace('\u2019', '\'');
    }

    @Test
    void everyRealPublicationRoundTripsThroughJbibtex() throws Exception {
        List<Publication> publications = realPublications();
        Map<String, String> keys = Bibtex.keys(publications);
        BibTeXDatabase database = parse(Bibtex.database(publications, keys, PAGE));

        assertEquals(20, database.getEntries().size());
        assertEquals(20, new HashSet<>(keys.values()).size());
        for (Publication p : publications) {
            BibTeXEntry entry = database.resolveEntry(new Key(keys.get(p.slug())));
            assertNotNull(entry, p.slug());
            assertEquals(p.title(), plain(entry.getField(BibTeXEntry.KEY_TITLE)), p.slug());
            List<String> authors = new ArrayList<>(p.authors());
            if (p.etAl()) {
                authors.add("others");
            }
            assertEquals(authors, List.of(plain(entry.getField(BibTeXEntry.KEY_AUTHOR)).split(" and ")), p.slug());
            assertEquals(String.valueOf(p.year()), plain(entry.getField(BibTeXEntry.KEY_YEAR)), p.slug());
            String venue = p.venueFull().orElse(p.venue());
            switch (p.type()) {
                case CONFERENCE, WORKSHOP -> assertEquals(venue, plain(entry.getField(BibTeXEntry.KEY_BOOKTITLE)));
                case JOURNAL -> assertEquals(venue, plain(entry.getField(BibTeXEntry.KEY_JOURNAL)));
                case PREPRINT -> assertEquals(p.arxiv().orElseThrow(), plain(entry.getField(BibTeXEntry.KEY_EPRINT)));
            }
            assertEquals(PAGE.apply(p), entry.getField(BibTeXEntry.KEY_URL).toUserString());
        }
    }

    @Test
    void databaseStartsWithTheFirstEntryAndSeparatesEntriesWithABlankLine() {
        List<Publication> publications = realPublications();
        String bibtex = Bibtex.database(publications, Bibtex.keys(publications), PAGE);
        assertTrue(bibtex.startsWith("@misc{yao2023deepspeedvisualchat,\n"), bibtex.substring(0, 60));
        assertEquals(19, bibtex.split("}\n\n@").length - 1);
        assertTrue(bibtex.endsWith("}\n"));
    }

    @Test
    void eachSpecialCharacterIsEscaped() {
        assertEquals("\\textbackslash{}", Bibtex.escape("\\"));
        assertEquals("\\{", Bibtex.escape("{"));
        assertEquals("\\}", Bibtex.escape("}"));
        assertEquals("\\&", Bibtex.escape("&"));
        assertEquals("\\%", Bibtex.escape("%"));
        assertEquals("\\$", Bibtex.escape("$"));
        assertEquals("\\#", Bibtex.escape("#"));
        assertEquals("\\_", Bibtex.escape("_"));
        assertEquals("\\textasciitilde{}", Bibtex.escape("~"));
        assertEquals("\\textasciicircum{}", Bibtex.escape("^"));
        assertEquals("Über Çava naïve 東京", Bibtex.escape("Über Çava naïve 東京"));
    }

    @Test
    void titleEscapesSpecialsAndProtectsAcronymsInBraces() throws Exception {
        Paper paper = paper("specials", "R&D at 50% of my_var {x} with LAMB: Large-Scale 13B Models");
        String entry = Bibtex.entry(paper.build(), "k", "");
        assertTrue(entry.contains(
                "  title = {{R\\&D} at 50\\% of my\\_var \\{x\\} with {LAMB}: Large-Scale {13B} Models},\n"), entry);
        BibTeXEntry parsed = parse(entry).resolveEntry(new Key("k"));
        assertEquals(paper.title, new LaTeXPrinter().print(new LaTeXParser().parse(
                parsed.getField(BibTeXEntry.KEY_TITLE).toUserString())));
    }

    @Test
    void wordsWhoseCaseMattersAreProtected() {
        assertEquals("{DeepSpeed-MoE}: Advancing {GPT} and {ChatGPT-like} Models via 0/1-Bit {AI}",
                Bibtex.title("DeepSpeed-MoE: Advancing GPT and ChatGPT-like Models via 0/1-Bit AI"));
        assertEquals("A {176B-Parameter} Open-Access Model ({BLOOM})",
                Bibtex.title("A 176B-Parameter Open-Access Model (BLOOM)"));
        assertEquals("1-bit {LAMB's} Convergence", Bibtex.title("1-bit LAMB's Convergence"));
    }

    @Test
    void bloomWithEtAlEndsItsAuthorsWithAndOthers() {
        String entry = realEntry("BLOOM");
        assertTrue(entry.contains("  author = {Teven Le Scao and others},\n"), entry);
    }

    @Test
    void tacoJournalArticleGetsVolumeAndNumberFromTheVolume() {
        String entry = realEntry("Reducing DRAM");
        assertTrue(entry.startsWith("@article{jeon2013reducing,\n"), entry);
        assertTrue(entry.contains("  journal = {ACM Transactions on Architecture and Code Optimization},\n"
                + "  volume = {10},\n"
                + "  number = {4},\n"
                + "  year = {2013},\n"), entry);
    }

    @Test
    void anExplicitIssueIsTheNumber() {
        Paper paper = paper("journal", "Journal Paper");
        paper.type = PublicationType.JOURNAL;
        paper.volume = Optional.of("12");
        paper.issue = Optional.of("3");
        String entry = Bibtex.entry(paper.build(), "k", "");
        assertTrue(entry.contains("  volume = {12},\n  number = {3},\n"), entry);
    }

    @Test
    void arxivPreprintIsMiscWithEprintAndArchivePrefix() {
        String entry = realEntry("DeepSpeed-VisualChat");
        assertEquals("""
                @misc{yao2023deepspeedvisualchat,
                  author = {Zhewei Yao and Xiaoxia Wu and Conglong Li and Minjia Zhang and Heyang Qin and Olatunji Ruwase \
                and Ammar Ahmad Awan and Samyam Rajbhandari and Yuxiong He},
                  title = {{DeepSpeed-VisualChat}: Multi-Round Multi-Image Interleave Chat via Multi-Modal Causal Attention},
                  howpublished = {arXiv preprint arXiv:2309.14327},
                  year = {2023},
                  eprint = {2309.14327},
                  archiveprefix = {arXiv},
                  url = {https://conglongli.github.io/publications/2023-deepspeed-visualchat},
                }
                """, entry);
    }

    @Test
    void preprintWithoutArxivIsPublishedAtItsVenue() {
        Paper paper = paper("report", "Technical Report");
        paper.type = PublicationType.PREPRINT;
        paper.venue = "Tech report";
        paper.venueFull = Optional.of("Carnegie Mellon University Technical Report");
        String entry = Bibtex.entry(paper.build(), "k", "");
        assertTrue(entry.startsWith("@misc{k,\n"), entry);
        assertTrue(entry.contains("  howpublished = {Carnegie Mellon University Technical Report},\n"), entry);
        assertFalse(entry.contains("eprint"), entry);
    }

    @Test
    void hipcBestPaperAwardIsTheNote() {
        String entry = realEntry("1-bit LAMB");
        assertTrue(entry.startsWith("@inproceedings{li20221bit,\n"), entry);
        assertTrue(entry.contains("  booktitle = {29th IEEE International Conference on High Performance Computing,"
                + " Data, and Analytics},\n"), entry);
        assertTrue(entry.contains("  note = {Best Paper},\n}\n"), entry);
    }

    @Test
    void everyFieldIsWrittenInOrderWithTheMonthAsAMacro() {
        Paper paper = paper("full", "Full Paper");
        paper.authors = List.of("Conglong Li", "Jörg Müller");
        paper.venueFull = Optional.of("Proceedings of Things");
        paper.date = Optional.of("2022-09-14");
        paper.pages = Optional.of("1--12");
        paper.publisher = Optional.of("ACM");
        paper.doi = Optional.of("10.1145/123_456");
        paper.awards = List.of("Best Paper", "Best Artifact");
        paper.note = Optional.of("Invited talk");
        assertEquals("""
                @inproceedings{li2022full,
                  author = {Conglong Li and Jörg Müller},
                  title = {Full Paper},
                  booktitle = {Proceedings of Things},
                  pages = {1--12},
                  year = {2022},
                  month = sep,
                  publisher = {ACM},
                  doi = {10.1145/123_456},
                  url = {https://example.org/full},
                  note = {Best Paper; Best Artifact},
                }
                """, Bibtex.entry(paper.build(), "li2022full", "https://example.org/full"));
    }

    @Test
    void keysAreDerivedFromAuthorYearAndFirstSignificantTitleWord() {
        Map<String, String> keys = Bibtex.keys(realPublications());
        assertEquals("li20221bit", keys.get(real("1-bit LAMB").slug()));
        assertEquals("li2022stabilityefficiency", keys.get(real("The Stability").slug()));
        assertEquals("scao2022bloom", keys.get(real("BLOOM").slug()));
        assertEquals(keys, Bibtex.keys(realPublications()), "keys are stable");

        Paper accented = paper("accented", "On the Über Cache");
        accented.authors = List.of("Jörg Müller");
        assertEquals("muller2022uber", Bibtex.keys(List.of(accented.build())).get("accented"));
    }

    @Test
    void collidingKeysGetLettersInListOrderAndTheFirstKeepsThePlainKey() {
        List<Publication> publications = List.of(
                paper("one", "LAMB One").build(), paper("two", "LAMB Two").build(), paper("three", "LAMB Three").build());
        assertEquals(List.of("li2022lamb", "li2022lamba", "li2022lambb"),
                List.copyOf(Bibtex.keys(publications).values()));
    }

    @Test
    void anExplicitBibtexKeyWinsAndIsNeverReused() {
        Paper explicit = paper("explicit", "Something Else");
        explicit.bibtexKey = Optional.of("li2022lamb");
        Paper custom = paper("custom", "LAMB Custom");
        custom.bibtexKey = Optional.of("MyKey:2022");
        List<Publication> publications = List.of(
                paper("one", "LAMB One").build(), explicit.build(), custom.build(), paper("two", "LAMB Two").build());
        Map<String, String> keys = Bibtex.keys(publications);
        assertEquals("li2022lamba", keys.get("one"));
        assertEquals("li2022lamb", keys.get("explicit"));
        assertEquals("MyKey:2022", keys.get("custom"));
        assertEquals("li2022lambb", keys.get("two"));
    }
}
