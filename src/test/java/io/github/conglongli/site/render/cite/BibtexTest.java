package io.github.conglongli.site.render.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.Author;
import io.github.conglongli.site.content.Publication;
import io.github.conglongli.site.content.PublicationType;
import io.github.conglongli.site.content.Source;
import io.github.conglongli.site.testing.SiteFixture;
import java.io.StringReader;
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

    static final Function<Publication, String> PAGE = p -> "https://ada.example.org/publications/" + p.slug();

    /** Ada's papers as publications.yaml gives them: one of each kind, and the cases BibTeX makes special. */
    static final List<Publication> PUBLICATIONS = SiteFixture.minimal()
            .publication(p -> p.title("DiffEngine-Chat: Multi-Round Conversations with Difference Engines")
                    .authors("Ada Lovelace", "Alan Turing", "Grace Hopper").venue("arXiv preprint").type("preprint")
                    .arxiv("2309.14327"))
            .publication(p -> p.title("COUNTESS: A 176-Gear Open-Access Mechanical Calculator")
                    .authors("Grace Brewster Hopper").etAl().authorCount(391).venue("arXiv preprint").type("preprint")
                    .arxiv("2211.05100"))
            .publication(p -> p.title("1-bit Loom: Communication Efficient Weaving with Loom's Convergence Speed")
                    .authors("Ada Lovelace", "Charles Babbage").venue("HiPC 2022")
                    .venueFull("29th IEEE International Conference on High Performance Computing, Data, and Analytics")
                    .type("conference").year(2022).award("Best Paper"))
            .publication(p -> p.title("The Stability-Efficiency Dilemma: Investigating Warmup")
                    .authors("Ada Lovelace", "Grace Hopper").venue("NeurIPS 2022")
                    .venueFull("36th Conference on Neural Information Processing Systems").type("conference").year(2022))
            .publication(p -> p.title("Engines4Science: Enabling Scientific Discovery").authors("Grace Hopper", "Ada Lovelace")
                    .etAl().venue("NeurIPS 2023 AI for Science Workshop")
                    .venueFull("37th Conference on Neural Information Processing Systems AI for Science Workshop")
                    .type("workshop").year(2023))
            .publication(p -> p.title("Reducing Gear Row Activations with Eager Read/Write Clustering")
                    .authors("Charles Babbage", "Ada Lovelace").venue("ACM TACO 2013")
                    .venueFull("ACM Transactions on Architecture and Code Optimization").type("journal").year(2013)
                    .volume("10(4)"))
            .load().publications();

    static Publication paper(String titleStart) {
        return PUBLICATIONS.stream().filter(p -> p.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    static String entry(String titleStart) {
        Publication p = paper(titleStart);
        return Bibtex.entry(p, Bibtex.keys(PUBLICATIONS).get(p.slug()), PAGE.apply(p));
    }

    /** A publication with defaults for everything a test does not care about. */
    static final class Paper {
        String slug = "paper";
        String title = "A Paper";
        List<String> authors = List.of("Ada Lovelace");
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
            return Publication.builder().slug(slug).title(title).authors(authors.stream().map(Author::named).toList()).etAl(etAl).note(note).venue(venue)
                    .venueFull(venueFull).year(year).date(date).type(type).awards(awards).volume(volume).issue(issue)
                    .pages(pages).publisher(publisher).arxiv(arxiv).doi(doi).bibtexKey(bibtexKey)
                    .source(new Source("my-content/publications.yaml", 1, 5)).build();
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
    void everyPublicationRoundTripsThroughJbibtex() throws Exception {
        Map<String, String> keys = Bibtex.keys(PUBLICATIONS);
        BibTeXDatabase database = parse(Bibtex.database(PUBLICATIONS, keys, PAGE));

        assertEquals(6, database.getEntries().size());
        assertEquals(6, new HashSet<>(keys.values()).size());
        for (Publication p : PUBLICATIONS) {
            BibTeXEntry entry = database.resolveEntry(new Key(keys.get(p.slug())));
            assertNotNull(entry, p.slug());
            assertEquals(p.title(), plain(entry.getField(BibTeXEntry.KEY_TITLE)), p.slug());
            List<String> authors = new ArrayList<>(p.authors().stream().map(PersonNames::familyFirst).toList());
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
        String bibtex = Bibtex.database(PUBLICATIONS, Bibtex.keys(PUBLICATIONS), PAGE);
        assertTrue(bibtex.startsWith("@misc{lovelace2023diffenginechat,\n"), bibtex.substring(0, 60));
        assertEquals(6 - 1, bibtex.split("}\n\n@").length - 1);
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
    void aListWithEtAlEndsItsAuthorsWithAndOthers() {
        String entry = entry("COUNTESS");
        assertTrue(entry.contains("  author = {Hopper, Grace Brewster and others},\n"), entry);
    }

    @Test
    void aJournalArticleGetsVolumeAndNumberFromTheVolume() {
        String entry = entry("Reducing Gear");
        assertTrue(entry.startsWith("@article{babbage2013reducing,\n"), entry);
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
        assertEquals("""
                @misc{lovelace2023diffenginechat,
                  author = {Lovelace, Ada and Turing, Alan and Hopper, Grace},
                  title = {{DiffEngine-Chat}: Multi-Round Conversations with Difference Engines},
                  howpublished = {arXiv preprint arXiv:2309.14327},
                  year = {2023},
                  eprint = {2309.14327},
                  archiveprefix = {arXiv},
                  url = {https://ada.example.org/publications/2023-diffengine-chat},
                }
                """, entry("DiffEngine-Chat"));
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
    void anAwardIsTheNote() {
        assertEquals("""
                @inproceedings{lovelace20221bit,
                  author = {Lovelace, Ada and Babbage, Charles},
                  title = {1-bit Loom: Communication Efficient Weaving with Loom's Convergence Speed},
                  booktitle = {29th IEEE International Conference on High Performance Computing, Data, and Analytics},
                  year = {2022},
                  url = {https://ada.example.org/publications/2022-1-bit-loom},
                  note = {Best Paper},
                }
                """, entry("1-bit Loom"));
    }

    @Test
    void everyFieldIsWrittenInOrderWithTheMonthAsAMacro() {
        Paper paper = paper("full", "Full Paper");
        paper.authors = List.of("Ada Lovelace", "Jörg Müller");
        paper.venueFull = Optional.of("Proceedings of Things");
        paper.date = Optional.of("2022-09-14");
        paper.pages = Optional.of("1--12");
        paper.publisher = Optional.of("ACM");
        paper.doi = Optional.of("10.1145/123_456");
        paper.awards = List.of("Best Paper", "Best Artifact");
        paper.note = Optional.of("Invited talk");
        assertEquals("""
                @inproceedings{lovelace2022full,
                  author = {Lovelace, Ada and Müller, Jörg},
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
                """, Bibtex.entry(paper.build(), "lovelace2022full", "https://example.org/full"));
    }

    @Test
    void keysAreDerivedFromAuthorYearAndFirstSignificantTitleWord() {
        Map<String, String> keys = Bibtex.keys(PUBLICATIONS);
        assertEquals("lovelace20221bit", keys.get(paper("1-bit Loom").slug()));
        assertEquals("lovelace2022stabilityefficiency", keys.get(paper("The Stability").slug()));
        assertEquals("hopper2022countess", keys.get(paper("COUNTESS").slug()));
        assertEquals(keys, Bibtex.keys(List.copyOf(PUBLICATIONS)), "keys are stable");

        Paper accented = paper("accented", "On the Über Cache");
        accented.authors = List.of("Jörg Müller");
        assertEquals("muller2022uber", Bibtex.keys(List.of(accented.build())).get("accented"));
    }

    @Test
    void collidingKeysGetLettersInListOrderAndTheFirstKeepsThePlainKey() {
        List<Publication> publications = List.of(
                paper("one", "LAMB One").build(), paper("two", "LAMB Two").build(), paper("three", "LAMB Three").build());
        assertEquals(List.of("lovelace2022lamb", "lovelace2022lamba", "lovelace2022lambb"),
                List.copyOf(Bibtex.keys(publications).values()));
    }

    @Test
    void anExplicitBibtexKeyWinsAndIsNeverReused() {
        Paper explicit = paper("explicit", "Something Else");
        explicit.bibtexKey = Optional.of("lovelace2022lamb");
        Paper custom = paper("custom", "LAMB Custom");
        custom.bibtexKey = Optional.of("MyKey:2022");
        List<Publication> publications = List.of(
                paper("one", "LAMB One").build(), explicit.build(), custom.build(), paper("two", "LAMB Two").build());
        Map<String, String> keys = Bibtex.keys(publications);
        assertEquals("lovelace2022lamba", keys.get("one"));
        assertEquals("lovelace2022lamb", keys.get("explicit"));
        assertEquals("MyKey:2022", keys.get("custom"));
        assertEquals("lovelace2022lambb", keys.get("two"));
    }
}
