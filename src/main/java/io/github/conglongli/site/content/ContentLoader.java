package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.bibtex.BibtexFile;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.Suggestions;
import io.github.conglongli.site.content.yaml.FieldReader;
import io.github.conglongli.site.content.yaml.YamlNode;
import io.github.conglongli.site.content.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads {@code site.yaml}, {@code profile.yaml}, {@code publications.yaml},
 * {@code experience.yaml} and {@code news.yaml} from a directory into a {@link Site}, or reports every error in all
 * files. It never throws for bad content and never prints.
 */
public final class ContentLoader {

    public static final String SITE = "site.yaml";
    public static final String PROFILE = "profile.yaml";
    public static final String PUBLICATIONS = "publications.yaml";
    public static final String EXPERIENCE = "experience.yaml";
    public static final String NEWS = "news.yaml";
    public static final String BIBTEX = "publications.bib";
    static final List<String> FILES = List.of(SITE, PROFILE, PUBLICATIONS, EXPERIENCE, NEWS);
    private static final List<String> REQUIRED = List.of(SITE, PROFILE);

    private final Path dir;
    private final String displayDir;
    private final YamlParser parser = new YamlParser();

    /**
     * @param dir        the content directory
     * @param displayDir how the directory is named in error messages (as the user gave it)
     */
    public ContentLoader(Path dir, String displayDir) {
        this.dir = dir;
        this.displayDir = displayDir.endsWith("/") ? displayDir.substring(0, displayDir.length() - 1) : displayDir;
    }

    public ContentLoader(Path dir) {
        this(dir, dir.normalize().toString());
    }

    public LoadResult load() {
        List<ContentError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new LoadResult.Failed(List.of(new ContentError(displayDir, 0, 0,
                    "content directory not found (or not a directory)")));
        }
        errors.addAll(unknownFiles());
        Map<String, byte[]> bytes = new HashMap<>();
        for (String name : allFiles()) {
            try {
                bytes.put(name, Files.readAllBytes(dir.resolve(name)));
            } catch (NoSuchFileException e) {
                if (REQUIRED.contains(name)) {
                    errors.add(new ContentError(display(name), 0, 0, "required file is missing"));
                }
            } catch (IOException e) {
                errors.add(new ContentError(display(name), 0, 0, "cannot read file: " + e));
            }
        }
        Optional<SiteConfig> config = read(bytes, SITE, SiteConfig::read, errors);
        Optional<Profile> profile = read(bytes, PROFILE, Profile::read, errors);
        Map<String, BibEntry> bib = readBibtex(bytes.get(BIBTEX), errors);
        Optional<List<Publication>> publications = read(bytes, PUBLICATIONS,
                f -> f.list("publications", item -> Publication.read(item, bib, display(PUBLICATIONS))), errors)
                .or(() -> bib.isEmpty() ? Optional.empty() : Optional.of(List.of()))
                .map(fromYaml -> withBibtexOnly(fromYaml, bib));
        Optional<Experience> experience = read(bytes, EXPERIENCE, Experience::read, errors);
        Optional<List<NewsItem>> news = read(bytes, NEWS, f -> f.list("news", NewsItem::read), errors);
        publications.ifPresent(list -> errors.addAll(duplicates(list)));
        if (!errors.isEmpty()) {
            return new LoadResult.Failed(errors);
        }
        return new LoadResult.Loaded(new Site(config.orElseThrow(), profile.orElseThrow(),
                publications.orElse(List.of()), experience.orElse(Experience.EMPTY), newestFirst(news.orElse(List.of())),
                version(bytes)));
    }

    private <T> Optional<T> read(Map<String, byte[]> files, String name, Function<FieldReader, T> reader,
            List<ContentError> errors) {
        byte[] content = files.get(name);
        if (content == null) {
            return Optional.empty();
        }
        Problems problems = new Problems(display(name));
        Optional<YamlNode> root = parser.parse(content, problems);
        T value = null;
        if (root.isPresent()) {
            FieldReader fields = FieldReader.root(root.get(), problems);
            value = reader.apply(fields);
            fields.finish();
        }
        errors.addAll(problems.errors());
        return problems.isEmpty() ? Optional.ofNullable(value) : Optional.empty();
    }

    /** News reads newest first whatever order it was written in; equal dates keep their order. */
    private static List<NewsItem> newestFirst(List<NewsItem> news) {
        return news.stream().sorted(java.util.Comparator.comparing(NewsItem::date).reversed()).toList();
    }

    private List<ContentError> unknownFiles() {
        List<ContentError> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith("."))
                    .filter(n -> !FILES.contains(n))
                    .sorted()
                    .forEach(n -> errors.add(new ContentError(display(n), 0, 0,
                            "unknown content file" + orExpected(n))));
        } catch (IOException e) {
            errors.add(new ContentError(displayDir, 0, 0, "cannot list directory: " + e));
        }
        return errors;
    }

    private static String orExpected(String name) {
        String hint = Suggestions.didYouMean(name, FILES);
        return hint.isEmpty() ? "; expected one of: " + String.join(", ", FILES) : hint;
    }

    private Map<String, BibEntry> readBibtex(byte[] content, List<ContentError> errors) {
        if (content == null) {
            return Map.of();
        }
        Problems problems = new Problems(display(BIBTEX));
        Map<String, BibEntry> entries = BibtexFile.read(content, problems);
        for (BibEntry entry : entries.values()) {
            if (!BibtexMapping.isSupported(entry)) {
                problems.at(entry.line(), entry.column(), "BibTeX entry type @" + entry.type()
                        + " is not supported; use one of @" + String.join(", @", BibtexMapping.SUPPORTED_TYPES));
            }
        }
        errors.addAll(problems.errors());
        return entries;
    }

    /** YAML entries first, in their order, then the BibTeX entries no YAML entry refers to. */
    private List<Publication> withBibtexOnly(List<Publication> fromYaml, Map<String, BibEntry> bib) {
        List<Publication> all = new ArrayList<>(fromYaml);
        java.util.Set<String> referenced = new java.util.HashSet<>();
        fromYaml.forEach(p -> p.bibtexKey().ifPresent(referenced::add));
        bib.values().stream()
                .filter(e -> !referenced.contains(e.key()) && BibtexMapping.isSupported(e))
                .map(e -> BibtexMapping.standalone(e, display(BIBTEX)))
                .forEach(all::add);
        return List.copyOf(all);
    }

    private List<ContentError> duplicates(List<Publication> publications) {
        List<ContentError> errors = new ArrayList<>();
        Map<String, Publication> slugs = new HashMap<>();
        Map<String, Publication> keys = new HashMap<>();
        for (Publication p : publications) {
            Publication first = slugs.putIfAbsent(p.slug(), p);
            if (first != null) {
                errors.add(error(p, "slug '" + p.slug() + "' is already used by the publication at "
                        + where(first, p) + "; give one of them its own 'slug:'"));
            }
            Publication sameKey = p.bibtexKey().map(key -> keys.putIfAbsent(key, p)).orElse(null);
            if (sameKey != null) {
                errors.add(error(p, "BibTeX key '" + p.bibtexKey().get() + "' is already used by the publication at "
                        + where(sameKey, p) + "; each paper needs its own key"));
            }
        }
        return errors;
    }

    private static String where(Publication first, Publication p) {
        return first.source().file().equals(p.source().file()) ? "line " + first.source().line()
                : first.source().file() + ":" + first.source().line();
    }

    private static ContentError error(Publication p, String message) {
        return new ContentError(p.source().file(), p.source().line(), p.source().column(), message);
    }

    private String display(String name) {
        return displayDir + "/" + name;
    }

    private static List<String> allFiles() {
        List<String> all = new ArrayList<>(FILES);
        all.add(BIBTEX);
        return all;
    }

    private static String version(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : allFiles()) {
                byte[] content = files.get(name);
                if (content != null) {
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(content);
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
