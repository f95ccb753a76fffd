package io.github.conglongli.site.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code import}: reads a checkout of an al-folio, academicpages or Hugo Blox site and writes a
 * new site (content/ and static/) in a directory, with a report of what it did. It only reads
 * the old site; a directory that already has content/ is refused, as {@code init} refuses it.
 */
public final class SiteImporter {

    /** What {@link #importInto} did. */
    public sealed interface Outcome {
        record Imported(SourceFormat format, ImportReport report) implements Outcome {}

        record Refused(String reason) implements Outcome {}
    }

    public static final String REPORT = "IMPORT.md";

    private SiteImporter() {}

    public static Outcome importInto(Path source, Path dir, Optional<SourceFormat> given) throws IOException {
        if (!Files.isDirectory(source)) {
            return new Outcome.Refused(source + " is not a directory: import reads a checkout of the old site");
        }
        Path root = source.toAbsolutePath().normalize();
        Path target = dir.toAbsolutePath().normalize();
        if (target.startsWith(root) || root.startsWith(target)) {
            return new Outcome.Refused("the new site's directory must be outside the old site's (and not hold it)");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            return new Outcome.Refused(dir + " is not a directory; import writes a new site into an empty or new one");
        }
        if (Files.exists(dir.resolve("content"), LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome.Refused(dir.resolve("content") + " already exists; import writes a new site into an "
                    + "empty or new directory");
        }
        Optional<SourceFormat> format = given.or(() -> SourceFormat.detect(root));
        if (format.isEmpty()) {
            return new Outcome.Refused(source + " looks like none of al-folio, academicpages or Hugo Blox (no "
                    + "_bibliography/, _publications/ or config/_default/); name it with --from");
        }
        ImportReport report = new ImportReport();
        report.source(format.get().word() + " site at " + source);
        NewContent out = read(root, format.get(), report);
        Files.createDirectories(dir);
        out.write(dir).forEach(kept -> report.dropped("static/" + kept, "already in the new site's static/: "
                + "yours, kept; the old site's copy was not written"));
        return new Outcome.Imported(format.get(), report);
    }

    private static NewContent read(Path root, SourceFormat format, ImportReport report) {
        NewContent out = new NewContent();
        SourceText source = new SourceText(root, report);
        Map<String, Object> config = source.mapping(root.resolve("_config.yml"));
        Optional<String> oldAddress = LocalFiles.address(config.get("url"), config.get("baseurl"))
                .or(() -> LocalFiles.address(config.get("hosturl"), config.get("baseurl")));
        if (format == SourceFormat.HUGO_BLOX) {
            Map<String, Object> hugo = HugoBlox.siteConfig(new SourceText(root, new ImportReport()), root);
            oldAddress = LocalFiles.address(hugo.get("baseURL"), null).filter(a -> !a.contains("example.com"));
        }
        ImportContext c = new ImportContext(source, out, report, new LocalFiles(root, oldAddress, Set.of(), out, report));
        switch (format) {
            case AL_FOLIO -> new AlFolio(c, AlFolio.owner(config)).run(config);
            case ACADEMICPAGES -> new AcademicPages(c, AcademicPages.owner(config)).run(config);
            case HUGO_BLOX -> new HugoBlox(c).run();
        }
        if (!out.embeds.isEmpty()) {
            out.site.put("embeds", List.copyOf(out.embeds));
        }
        if (out.publications.isEmpty() && !out.hasBibtex()) {
            report.dropped(format.word(), "no publications found");
        }
        // keep site.yaml's required fields first, as init writes them
        Map<String, Object> ordered = new LinkedHashMap<>();
        List.of("title", "base_url", "language", "description", "owner", "owner_aliases", "nav", "embeds")
                .forEach(k -> {
                    if (out.site.containsKey(k)) {
                        ordered.put(k, out.site.get(k));
                    }
                });
        out.site.clear();
        out.site.putAll(ordered);
        return out;
    }

    /** Writes the report, with what check said, beside content/. */
    public static void writeReport(Path dir, ImportReport report) throws IOException {
        Files.writeString(dir.resolve(REPORT), report.markdown());
    }
}
