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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Loads the content directory into a {@link Site}, or reports every error in all files. It
 * never throws for bad content and never prints.
 *
 * <p>A loader remembers what it read: a file whose bytes are unchanged since the last load is
 * not parsed again (see {@link ContentFiles}), so a reload after an edit costs the edited file,
 * whatever the size of the rest. Not thread-safe: one loader per publishing thread.
 */
public final class ContentLoader {

    public static final String SITE = "site.yaml";
    public static final String PROFILE = "profile.yaml";
    public static final String PUBLICATIONS = "publications.yaml";
    public static final String EXPERIENCE = "experience.yaml";
    public static final String NEWS = "news.yaml";
    public static final String BIBTEX = "publications.bib";
    static final List<String> YAML_FILES = List.of(SITE, PROFILE, PUBLICATIONS, EXPERIENCE, NEWS);
    private static final List<String> REQUIRED = List.of(SITE, PROFILE);

    private final Path dir;
    private final String displayDir;
    private final ContentFiles files;
    private final YamlParser parser = new YamlParser();
    /** What each file (or group of files) was read as, by the hash of its bytes. */
    private final Map<String, Parsed<?>> parsed = new HashMap<>();

    /** The value read from files with these hashes, and the errors found. */
    private record Parsed<T>(String hash, Optional<T> value, List<ContentError> errors) {}

    /**
     * @param dir        the content directory
     * @param displayDir how the directory is named in error messages (as the user gave it)
     */
    public ContentLoader(Path dir, String displayDir) {
        this.dir = dir;
        this.displayDir = displayDir.endsWith("/") ? displayDir.substring(0, displayDir.length() - 1) : displayDir;
        this.files = new ContentFiles(dir);
    }

    public ContentLoader(Path dir) {
        this(dir, dir.normalize().toString());
    }

    public LoadResult load() {
        if (!Files.isDirectory(dir)) {
            return new LoadResult.Failed(List.of(new ContentError(displayDir, 0, 0,
                    "content directory not found (or not a directory)")));
        }
        List<ContentError> errors = new ArrayList<>(unknownFiles());
        Map<String, ContentFiles.Snapshot> found = new HashMap<>();
        for (String name : allFiles()) {
            ContentFiles.Read read = files.read(name);
            if (read instanceof ContentFiles.Read.Found file) {
                found.put(name, file.snapshot());
            } else if (read instanceof ContentFiles.Read.Unreadable unreadable) {
                errors.add(new ContentError(display(name), 0, 0, "cannot read file: " + unreadable.reason()));
            } else if (REQUIRED.contains(name)) {
                errors.add(new ContentError(display(name), 0, 0, "required file is missing"));
            }
        }
        Optional<SiteConfig> config = yaml(found, SITE, SiteConfig::read, errors);
        Optional<Profile> profile = yaml(found, PROFILE, Profile::read, errors);
        Optional<List<Publication>> publications = publications(found, errors);
        Optional<Experience> experience = yaml(found, EXPERIENCE, Experience::read, errors);
        Optional<List<NewsItem>> news = yaml(found, NEWS, f -> newestFirst(f.list("news", NewsItem::read)), errors);
        publications.ifPresent(list -> errors.addAll(duplicates(list)));
        parsed.keySet().retainAll(found.keySet().stream().map(ContentLoader::memoKey).toList());
        if (!errors.isEmpty()) {
            return new LoadResult.Failed(errors);
        }
        return new LoadResult.Loaded(Site.builder()
                .config(config.orElseThrow())
                .profile(profile.orElseThrow())
                .publications(publications.orElse(List.of()))
                .experience(experience.orElse(Experience.EMPTY))
                .news(news.orElse(List.of()))
                .version(ContentFiles.version(found.values()))
                .build());
    }

    /** A YAML file read by {@code reader}, or its previous result when its bytes are unchanged. */
    private <T> Optional<T> yaml(Map<String, ContentFiles.Snapshot> found, String name,
            Function<FieldReader, T> reader, List<ContentError> errors) {
        ContentFiles.Snapshot file = found.get(name);
        if (file == null) {
            return Optional.empty();
        }
        return remember(memoKey(name), file.hash(), errors, () -> {
            Problems problems = new Problems(display(name));
            T value = readYaml(file, problems, reader);
            return new Parsed<>(file.hash(), problems.isEmpty() ? Optional.ofNullable(value) : Optional.empty(),
                    problems.errors());
        });
    }

    private <T> T readYaml(ContentFiles.Snapshot file, Problems problems, Function<FieldReader, T> reader) {
        Optional<YamlNode> root = parser.parse(file.bytes(), problems);
        if (root.isEmpty()) {
            return null;
        }
        FieldReader fields = FieldReader.root(root.get(), problems);
        T value = reader.apply(fields);
        fields.finish();
        return value;
    }

    /**
     * Publications from {@code publications.yaml} and {@code publications.bib} together, since a
     * YAML entry may refer to a BibTeX one: read again when either file changed.
     */
    private Optional<List<Publication>> publications(Map<String, ContentFiles.Snapshot> found,
            List<ContentError> errors) {
        ContentFiles.Snapshot yaml = found.get(PUBLICATIONS);
        ContentFiles.Snapshot bib = found.get(BIBTEX);
        if (yaml == null && bib == null) {
            return Optional.empty();
        }
        String hash = (yaml == null ? "-" : yaml.hash()) + "+" + (bib == null ? "-" : bib.hash());
        return remember(memoKey(PUBLICATIONS), hash, errors, () -> {
            Problems bibProblems = new Problems(display(BIBTEX));
            Map<String, BibEntry> entries = bib == null ? Map.of() : readBibtex(bib, bibProblems);
            List<ContentError> all = new ArrayList<>(bibProblems.errors());
            List<Publication> fromYaml = List.of();
            boolean ok = bibProblems.isEmpty();
            if (yaml != null) {
                Problems problems = new Problems(display(PUBLICATIONS));
                PublicationReader reader = new PublicationReader(entries, display(PUBLICATIONS));
                List<Publication> read = readYaml(yaml, problems, f -> f.list("publications", reader::read));
                fromYaml = read == null ? List.of() : read;
                all.addAll(problems.errors());
                ok &= problems.isEmpty();
            }
            Optional<List<Publication>> value = ok ? Optional.of(withBibtexOnly(fromYaml, entries)) : Optional.empty();
            return new Parsed<>(hash, value, all);
        });
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> remember(String key, String hash, List<ContentError> errors,
            Supplier<Parsed<T>> read) {
        Parsed<T> result = (Parsed<T>) parsed.get(key);
        if (result == null || !result.hash().equals(hash)) {
            result = read.get();
            parsed.put(key, result);
        }
        errors.addAll(result.errors());
        return result.value();
    }

    /** The key a file's parse result is remembered under: the BibTeX file goes with the YAML list. */
    private static String memoKey(String name) {
        return name.equals(BIBTEX) ? PUBLICATIONS : name;
    }

    private Map<String, BibEntry> readBibtex(ContentFiles.Snapshot file, Problems problems) {
        Map<String, BibEntry> entries = BibtexFile.read(file.bytes(), problems);
        for (BibEntry entry : entries.values()) {
            if (!BibtexMapping.isSupported(entry)) {
                problems.at(entry.line(), entry.column(), "BibTeX entry type @" + entry.type()
                        + " is not supported; use one of @" + String.join(", @", BibtexMapping.SUPPORTED_TYPES));
            }
        }
        return entries;
    }

    /** News reads newest first whatever order it was written in; equal dates keep their order. */
    private static List<NewsItem> newestFirst(List<NewsItem> news) {
        return news.stream().sorted(Comparator.comparing(NewsItem::date).reversed()).toList();
    }

    private List<ContentError> unknownFiles() {
        List<ContentError> errors = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> (n.endsWith(".yaml") || n.endsWith(".yml")) && !n.startsWith("."))
                    .filter(n -> !YAML_FILES.contains(n))
                    .sorted()
                    .forEach(n -> errors.add(new ContentError(display(n), 0, 0,
                            "unknown content file" + orExpected(n))));
        } catch (IOException e) {
            errors.add(new ContentError(displayDir, 0, 0, "cannot list directory: " + e));
        }
        return errors;
    }

    private static String orExpected(String name) {
        String hint = Suggestions.didYouMean(name, YAML_FILES);
        return hint.isEmpty() ? "; expected one of: " + String.join(", ", YAML_FILES) : hint;
    }

    /** YAML entries first, in their order, then the BibTeX entries no YAML entry refers to. */
    private List<Publication> withBibtexOnly(List<Publication> fromYaml, Map<String, BibEntry> bib) {
        List<Publication> all = new ArrayList<>(fromYaml);
        Set<String> referenced = new HashSet<>();
        fromYaml.forEach(p -> p.bibtexKey().ifPresent(referenced::add));
        bib.values().stream()
                .filter(e -> !referenced.contains(e.key()) && BibtexMapping.isSupported(e))
                .map(e -> BibtexMapping.standalone(e, display(BIBTEX)))
                .forEach(all::add);
        return List.copyOf(all);
    }

    private static List<ContentError> duplicates(List<Publication> publications) {
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
        List<String> all = new ArrayList<>(YAML_FILES);
        all.add(BIBTEX);
        return all;
    }
}
