package io.github.conglongli.site.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.bibtex.BibtexFile;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.render.cite.Bibtex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * publications.bib as researchers really have it: al-folio's own sample papers.bib (byte for
 * byte), a DBLP export with crossref and homonym numbers, a Google Scholar export. Each loads
 * without errors and shows the right authors, venues and kinds of work.
 */
class RealWorldBibtexTest {

    @TempDir
    Path dir;

    static byte[] fixture(String name) {
        try (InputStream in = RealWorldBibtexTest.class.getResourceAsStream("bibtex/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult.Loaded load(byte[] bib) throws IOException {
        Files.writeString(dir.resolve("site.yaml"), "title: T\nbase_url: https://example.org\nowner: Ada Lovelace\n");
        Files.writeString(dir.resolve("profile.yaml"), "name: Ada Lovelace\n");
        Files.write(dir.resolve("publications.bib"), bib);
        LoadResult result = new ContentLoader(dir, "content").load();
        if (result instanceof LoadResult.Failed failed) {
            throw new AssertionError(failed.errors().stream().map(ContentError::toString)
                    .collect(Collectors.joining("\n")));
        }
        return assertInstanceOf(LoadResult.Loaded.class, result);
    }

    static Publication titled(List<Publication> publications, String start) {
        return publications.stream().filter(p -> p.title().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled '" + start + "...'"));
    }

    @Test
    void alFoliosSamplePapersLoadWithItsFieldsUnderstood() throws IOException {
        LoadResult.Loaded loaded = load(fixture("alfolio-sample.bib"));
        assertEquals(List.of(), loaded.warnings());
        List<Publication> papers = loaded.site().publications();
        assertEquals(7, papers.size());

        Publication epr = titled(papers, "Can Quantum-Mechanical Description");
        assertEquals(List.of("A. Einstein", "B. Podolsky", "N. Rosen"), epr.authorNames());
        assertEquals(Optional.of("Phys. Rev."), epr.venueFull(), "al-folio's trailing comma is not shown");
        assertEquals(Optional.of("American Physical Society"), epr.publisher(), "@string with a trailing comma");
        assertEquals(Optional.of("PhysRev"), epr.badge());
        assertTrue(epr.selected());
        assertEquals(Optional.of("1935-05"), epr.date());
        assertEquals(PublicationType.JOURNAL, epr.type());
        Map<LinkKind, String> links = epr.links().stream()
                .collect(Collectors.toMap(Publication.PublicationLink::kind, Publication.PublicationLink::url));
        assertEquals("/assets/pdf/example_pdf.pdf", links.get(LinkKind.PDF));
        assertEquals("https://journals.aps.org/pr/abstract/10.1103/PhysRev.47.777", links.get(LinkKind.HTML));
        assertEquals("https://www.altmetric.com/details/248277", links.get(LinkKind.ALTMETRIC));
        assertEquals("https://badge.dimensions.ai/details/doi/10.1103/PhysRev.47.777", links.get(LinkKind.DIMENSIONS));

        Publication brownian = titled(papers, "Investigations on the Theory");
        assertEquals(PublicationType.BOOK, brownian.type());
        assertEquals(Optional.of("Courier Corporation"), brownian.venueFull());
        assertEquals(Optional.of("/assets/img/publication_preview/brownian-motion.gif"), brownian.preview());

        Publication uber = titled(papers, "Über die von der molekularkinetischen");
        assertTrue(uber.title().contains("Wärme geforderte Bewegung von in ruhenden Flüssigkeiten"), uber.title());
        assertEquals(Optional.of("Annalen der physik"), uber.venueFull());

        Publication letters = titled(papers, "Letters on wave mechanics");
        assertEquals(List.of("Albert Einstein", "Erwin Schrödinger", "Max Planck", "Hendrik Antoon Lorentz",
                "Karl Przibram"), letters.authorNames());
    }

    @Test
    void aDblpExportResolvesCrossrefsAndHidesHomonymNumbers() throws IOException {
        LoadResult.Loaded loaded = load(fixture("dblp-export.bib"));
        assertEquals(List.of(), loaded.warnings());
        List<Publication> papers = loaded.site().publications();
        assertEquals(5, papers.size(), "the proceedings volume papers cross-reference is not one of the owner's papers");

        Publication ann = titled(papers, "Learned Early Termination");
        assertEquals(List.of("Ada Lovelace", "Wei Wang", "José María Fernández-García"), ann.authorNames());
        assertEquals(Optional.of("0001"), ann.authors().get(1).homonym(), "kept to tell two Wei Wangs apart");
        assertEquals("Wei Wang 0001", ann.authors().get(1).nameWithHomonym());
        assertEquals(PublicationType.CONFERENCE, ann.type());
        assertTrue(ann.venueFull().orElseThrow().startsWith("Proceedings of the 2020 International Conference on"
                + " Management of Data, SIGMOD Conference 2020"), "booktitle inherited from the crossref");
        assertEquals(Optional.of("ACM"), ann.publisher());

        Publication bloom = titled(papers, "BLOOM: A 176B-Parameter");
        assertEquals(PublicationType.PREPRINT, bloom.type(), "DBLP's CoRR is arXiv");
        assertEquals(Optional.of("2211.05100"), bloom.arxiv());
        assertEquals("arXiv preprint", bloom.venue());

        Publication thesis = titled(papers, "Efficient Search over Learned");
        assertEquals(PublicationType.THESIS, thesis.type());
        assertEquals(Optional.of("Carnegie Mellon University, USA"), thesis.venueFull());
        assertEquals(Optional.of("ACM Trans. Archit. Code Optim."), titled(papers, "Reducing DRAM").venueFull());
    }

    @Test
    void aGoogleScholarExportLoadsWithEveryKindOfWork() throws IOException {
        LoadResult.Loaded loaded = load(fixture("scholar-export.bib"));
        assertEquals(List.of(), loaded.warnings());
        Map<String, PublicationType> types = loaded.site().publications().stream()
                .collect(Collectors.toMap(p -> p.bibtexKey().orElseThrow(), Publication::type));
        assertEquals(Map.of("lovelace2022bit", PublicationType.CONFERENCE,
                "lovelace2021curriculum", PublicationType.PREPRINT,
                "babbage2013reducing", PublicationType.JOURNAL,
                "lovelace2020efficient", PublicationType.THESIS,
                "lovelace2019engine", PublicationType.PATENT,
                "lovelace2018notes", PublicationType.BOOK,
                "lovelace2017sketch", PublicationType.CHAPTER,
                "lovelace2016report", PublicationType.REPORT), types);
        Publication lamb = titled(loaded.site().publications(), "1-bit lamb");
        assertEquals(List.of("Ada Lovelace", "Grace Hopper", "Charles Babbage", "Alan Turing"), lamb.authorNames());
        assertEquals(Optional.of("2022 IEEE 29th International Conference on High Performance Computing, Data, and"
                + " Analytics (HiPC)"), lamb.venueFull());
        assertEquals(Optional.of("US Patent 10,123,456"),
                titled(loaded.site().publications(), "Engine for calculating").venueFull());
        assertEquals(Optional.of("2108.06084"), titled(loaded.site().publications(), "Curriculum learning").arxiv());
    }

    /** Every field of every entry, as plain text, by key. */
    static Map<String, Map<String, String>> fieldsByKey(BibtexFile.Result result) {
        return result.entries().values().stream().collect(Collectors.toMap(BibEntry::key, BibEntry::fields));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alfolio-sample.bib", "dblp-export.bib", "scholar-export.bib"})
    void writingTheBibtexAndReadingItAgainLosesNoField(String name) throws IOException {
        List<Publication> papers = load(fixture(name)).site().publications();
        Map<String, String> keys = Bibtex.keys(papers);
        String written = Bibtex.database(papers, keys, p -> "https://example.org/publications/" + p.slug());
        BibtexFile.Result first = BibtexFile.parse(fixture(name), "first.bib");
        BibtexFile.Result again = BibtexFile.parse(written.getBytes(StandardCharsets.UTF_8), "again.bib");
        assertEquals(List.of(), again.errors());
        Map<String, Map<String, String>> before = fieldsByKey(first);
        Map<String, Map<String, String>> after = fieldsByKey(again);
        for (Publication p : papers) {
            String key = p.bibtexKey().orElseThrow();
            Map<String, String> reread = after.get(key);
            before.get(key).forEach((field, value) -> {
                if (!field.equals("crossref")) {
                    assertEquals(value, reread.get(field), key + "." + field + " in\n" + written);
                }
            });
        }
        assertFalse(written.contains("crossref"), "inherited fields are written out; the volume is not listed");
    }

    @Test
    void aBrokenEntryIsOneErrorAndTheImporterStillGetsTheOthers() {
        String text = new String(fixture("scholar-export.bib"), StandardCharsets.UTF_8)
                .replace("title={A report on engines},", "title={A report on {engines},");
        BibtexFile.Result result = BibtexFile.parse(text.getBytes(StandardCharsets.UTF_8), "scholar.bib");
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals("scholar.bib:59:1: BibTeX entry 'lovelace2016report' is not closed: the file ends before its '}'",
                result.errors().get(0).toString());
        assertEquals(7, result.entries().size());
        Function<String, Boolean> has = result.entries()::containsKey;
        assertTrue(has.apply("lovelace2017sketch"));
    }
}
