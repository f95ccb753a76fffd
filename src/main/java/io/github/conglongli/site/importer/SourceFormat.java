package io.github.conglongli.site.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The site templates {@code import} reads, and how each is recognized from its files. */
public enum SourceFormat {
    AL_FOLIO("al-folio"), ACADEMICPAGES("academicpages"), HUGO_BLOX("hugo-blox");

    private final String word;

    SourceFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<SourceFormat> named(String word) {
        for (SourceFormat f : values()) {
            if (f.word.equals(word.toLowerCase(Locale.ROOT)) || f.name().equalsIgnoreCase(word)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format a checkout's files say it is: Hugo's config or content bundles, academicpages' collections, al-folio's. */
    public static Optional<SourceFormat> detect(Path root) {
        if (Files.isDirectory(root.resolve("config/_default")) || Files.isRegularFile(root.resolve("hugo.yaml"))
                || Files.isRegularFile(root.resolve("hugo.toml")) || Files.isRegularFile(root.resolve("config.toml"))
                || Files.isDirectory(root.resolve("content/authors")) || Files.isDirectory(root.resolve("data/authors"))
                || Files.isDirectory(root.resolve("content/publication"))
                || Files.isDirectory(root.resolve("content/publications"))) {
            return Optional.of(HUGO_BLOX);
        }
        if (Files.isDirectory(root.resolve("_publications")) || Files.isDirectory(root.resolve("_talks"))
                || Files.isDirectory(root.resolve("_teaching")) || Files.isDirectory(root.resolve("_portfolio"))) {
            return Optional.of(ACADEMICPAGES);
        }
        if (Files.isDirectory(root.resolve("_bibliography")) || Files.isDirectory(root.resolve("_news"))
                || Files.isDirectory(root.resolve("_projects"))) {
            return Optional.of(AL_FOLIO);
        }
        return Optional.empty();
    }
}
