package io.github.conglongli.site.content;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.bibtex.BibtexFile;
import io.github.conglongli.site.content.markdown.CitedWork;
import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import io.github.conglongli.site.content.markdown.MarkdownRenderer;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.LocalLink;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    public static final String TALKS = "talks.yaml";
    public static final String TEACHING = "teaching.yaml";
    public static final String PROJECTS = "projects.yaml";
    public static final String BIBTEX = "publications.bib";
    public static final String VENUES = "venues.yaml";
    static final List<String> YAML_FILES = List.of(SITE, PROFILE, PUBLICATIONS, EXPERIENCE, NEWS, TALKS, TEACHING,
            PROJECTS, VENUES);
    static final List<String> FOLDERS = List.of(MarkdownFiles.PAGES, MarkdownFiles.POSTS);
    private static final List<String> REQUIRED = List.of(SITE, PROFILE);

    private final Path dir;
    private final String displayDir;
    private final ContentFiles files;
    private final MarkdownFiles markdownFiles;
    private final YamlParser parser = new YamlParser();
    /** What each file (or group of files) was read as, by the hash of its bytes. */
    private final Map<String, Parsed<?>> parsed = new HashMap<>();
    /** The papers of the last load whose publication files were good; read by the loading thread only. */
    private Map<String, CitedWork> lastCitable = Map.of();

    /** The value read from files with these hashes, and the errors and warnings found. */
    private record Parsed<T>(String hash, Optional<T> value, List<ContentError> errors, List<ContentError> warnings,
            List<LocalLink> links) {}

    /** Errors, warnings and links to paths on the site of one load. */
    private record Findings(List<ContentError> errors, List<ContentError> warnings, List<LocalLink> links) {
        Findings() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * @param dir        the content directory
     * @param displayDir how the directory is named in error messages (as the user gave it)
     */
    public ContentLoader(Path dir, String displayDir) {
        this.dir = dir;
        this.displayDir = displayDir.endsWith("/") ? displayDir.substring(0, displayDir.length() - 1) : displayDir;
        this.files = new ContentFiles(dir);
        this.markdownFiles = new MarkdownFiles(dir, this.displayDir);
    }

    public ContentLoader(Path dir) {
        this(dir, dir.normalize().toString());
    }

    public LoadResult load() {
        if (!Files.isDirectory(dir)) {
            return new LoadResult.Failed(List.of(ContentError.atFile(displayDir,
                    "content directory not found (or not a directory)")));
        }
        Findings found = new Findings();
        found.errors().addAll(unknownEntries());
        List<String> markdown = new ArrayList<>();
        FOLDERS.forEach(folder -> markdown.addAll(markdownFiles.list(folder, found.errors())));
        Map<String, ContentFiles.Snapshot> snapshots = read(allFiles(markdown), found);
        files.retain(snapshots.keySet());
        parsed.keySet().retainAll(snapshots.keySet().stream().map(ContentLoader::memoKey).toList());

        Optional<SiteConfig> config = yaml(snapshots, SITE, f -> SiteConfig.read(f, display(SITE)), found);
        Optional<Profile> profile = yaml(snapshots, PROFILE, Profile::read, found);
        Optional<Map<String, VenueBadge>> venues = yaml(snapshots, VENUES, f -> f.byKey(VenueBadge::read), found);
        Optional<List<Publication>> publications = publications(snapshots, found)
                .map(list -> withBadgeLinks(list, venues.orElse(Map.of())));
        Optional<Experience> experience = yaml(snapshots, EXPERIENCE, Experience::read, found);
        Optional<List<NewsItem>> news = yaml(snapshots, NEWS, f -> newestFirst(f.list("news", NewsItem::read),
                NewsItem::date), found);
        Optional<List<Talk>> talks = yaml(snapshots, TALKS, f -> newestFirst(f.list("talks", Talk::read), Talk::date),
                found);
        Optional<List<Course>> teaching = yaml(snapshots, TEACHING, f -> f.list("teaching", Course::read), found);
        Optional<List<Project>> projects = yaml(snapshots, PROJECTS,
                f -> f.list("projects", item -> Project.read(item, display(PROJECTS))), found);
        // pages and posts render their Markdown with the site's embeds, so they wait for site.yaml
        List<MarkdownPage> pages = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        if (!markdown.isEmpty()) {
            // while the publication files are broken, citations are checked against the last good
            // papers, so the owner sees the broken file and not every citation of it as well
            if (publications.isPresent() || (!snapshots.containsKey(PUBLICATIONS) && !snapshots.containsKey(BIBTEX))) {
                lastCitable = citable(publications.orElse(List.of()));
            }
            Map<String, CitedWork> citable = lastCitable;
            config.ifPresent(c -> readMarkdown(markdown, snapshots, c.embeds(), citable, pages, posts, found));
        }

        publications.ifPresent(list -> found.errors().addAll(PublicationChecks.duplicates(list)));
        publications.ifPresent(list -> found.errors().addAll(PublicationChecks.math(list)));
        // with no publication file at all, projects stay and any paper they name is unknown; with
        // a broken one, their references wait for it to load
        boolean noPublicationFiles = !snapshots.containsKey(PUBLICATIONS) && !snapshots.containsKey(BIBTEX);
        List<Project> resolved = projects.isPresent() && (publications.isPresent() || noPublicationFiles)
                ? resolve(projects.get(), publications.orElse(List.of()), found.errors()) : List.of();
        found.errors().addAll(duplicatePosts(posts));
        if (!found.errors().isEmpty()) {
            return new LoadResult.Failed(found.errors());
        }
        return new LoadResult.Loaded(Site.builder()
                .config(config.orElseThrow())
                .profile(profile.orElseThrow())
                .publications(publications.orElse(List.of()))
                .experience(experience.orElse(Experience.EMPTY))
                .news(news.orElse(List.of()))
                .talks(talks.orElse(List.of()))
                .teaching(teaching.orElse(List.of()))
                .projects(resolved)
                .pages(pages)
                .posts(newestFirst(posts, Post::date))
                .venues(venues.orElse(Map.of()))
                .version(ContentFiles.version(snapshots.values()))
                .build(), found.warnings(), found.links());
    }

    private Map<String, ContentFiles.Snapshot> read(List<String> names, Findings found) {
        Map<String, ContentFiles.Snapshot> snapshots = new HashMap<>();
        for (String name : names) {
            ContentFiles.Read read = files.read(name);
            if (read instanceof ContentFiles.Read.Found file) {
                snapshots.put(name, file.snapshot());
            } else if (read instanceof ContentFiles.Read.Unreadable unreadable) {
                found.errors().add(ContentError.atFile(display(name), "cannot read file: " + unreadable.reason()));
            } else if (REQUIRED.contains(name)) {
                found.errors().add(ContentError.atFile(display(name), "required file is missing"));
            }
        }
        return snapshots;
    }

    /** A YAML file read by {@code reader}, or its previous result when its bytes are unchanged. */
    private <T> Optional<T> yaml(Map<String, ContentFiles.Snapshot> snapshots, String name,
            Function<FieldReader, T> reader, Findings found) {
        ContentFiles.Snapshot file = snapshots.get(name);
        if (file == null) {
            return Optional.empty();
        }
        return remember(memoKey(name), file.hash(), found, () -> {
            Problems problems = new Problems(display(name));
            T value = readYaml(file, problems, reader);
            return new Parsed<>(file.hash(), problems.isEmpty() ? Optional.ofNullable(value) : Optional.empty(),
                    problems.errors(), List.of(), problems.links());
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
    private Optional<List<Publication>> publications(Map<String, ContentFiles.Snapshot> snapshots, Findings found) {
        ContentFiles.Snapshot yaml = snapshots.get(PUBLICATIONS);
        ContentFiles.Snapshot bib = snapshots.get(BIBTEX);
        if (yaml == null && bib == null) {
            return Optional.empty();
        }
        String hash = (yaml == null ? "-" : yaml.hash()) + "+" + (bib == null ? "-" : bib.hash());
        return remember(memoKey(PUBLICATIONS), hash, found, () -> {
            Problems bibProblems = new Problems(display(BIBTEX));
            Map<String, BibEntry> entries = bib == null ? Map.of() : readBibtex(bib, bibProblems);
            List<Publication> fromYaml = List.of();
            List<ContentError> yamlErrors = List.of();
            List<LocalLink> links = new ArrayList<>();
            boolean ok = bibProblems.isEmpty();
            if (yaml != null) {
                Problems problems = new Problems(display(PUBLICATIONS));
                PublicationReader reader = new PublicationReader(entries, display(PUBLICATIONS));
                List<Publication> read = readYaml(yaml, problems, f -> f.list("publications", reader::read));
                fromYaml = read == null ? List.of() : read;
                yamlErrors = problems.errors();
                links.addAll(problems.links());
                ok &= problems.isEmpty();
            }
            List<Publication> all = withBibtexOnly(fromYaml, entries, bibProblems);
            links.addAll(bibProblems.links());
            List<ContentError> errors = new ArrayList<>(bibProblems.errors());
            errors.addAll(yamlErrors);
            Optional<List<Publication>> value = ok ? Optional.of(all) : Optional.empty();
            return new Parsed<>(hash, value, errors, bibProblems.warnings(), links);
        });
    }

    /**
     * Each paper a page or post may cite, by its slug and its BibTeX key. The path is the one
     * {@code Routes.publication} gives; the link crawl test holds the two together.
     */
    private static Map<String, CitedWork> citable(List<Publication> publications) {
        Map<String, CitedWork> byKey = new HashMap<>();
        for (Publication p : publications) {
            CitedWork work = new CitedWork(p.slug(), "/publications/" + p.slug(), p.title());
            byKey.putIfAbsent(p.slug(), work);
            p.bibtexKey().ifPresent(key -> byKey.putIfAbsent(key, work));
        }
        return byKey;
    }

    /**
     * Each page and post, read again only when its bytes, the site's embeds or the papers it may
     * cite changed (see {@link MarkdownRenderer#citedBy}).
     */
    private void readMarkdown(List<String> names, Map<String, ContentFiles.Snapshot> snapshots, List<String> embeds,
            Map<String, CitedWork> citable, List<MarkdownPage> pages, List<Post> posts, Findings found) {
        MarkdownRenderer renderer = new MarkdownRenderer(new LinkedHashSet<>(embeds), citable);
        // a map's hash is the sum of its entries' hashes, the same in any order
        String allPapers = "all:" + Integer.toHexString(citable.hashCode());
        Map<String, List<CitedWork>> byLowerKey = new HashMap<>();
        citable.forEach((key, work) -> byLowerKey.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(work));
        for (String name : names) {
            ContentFiles.Snapshot file = snapshots.get(name);
            if (file == null) {
                continue;
            }
            String bytesAndEmbeds = file.hash() + "+" + String.join(",", embeds);
            // read again when the bytes, the embeds or a paper its citations name changed
            Parsed<?> last = parsed.get(name);
            String hash = last != null && last.hash().startsWith(bytesAndEmbeds + "+")
                    ? bytesAndEmbeds + "+" + citedPapers(last, citable, byLowerKey, allPapers) : bytesAndEmbeds;
            if (name.startsWith(MarkdownFiles.PAGES + "/")) {
                remember(name, hash, found, () -> withCited(bytesAndEmbeds,
                        parsed(hash, markdownFiles.page(name, file.bytes(), renderer)), citable, byLowerKey, allPapers))
                        .ifPresent(pages::add);
            } else {
                remember(name, hash, found, () -> withCited(bytesAndEmbeds,
                        parsed(hash, markdownFiles.post(name, file.bytes(), renderer)), citable, byLowerKey, allPapers))
                        .ifPresent(posts::add);
            }
        }
    }

    /** {@code read}, remembered under its bytes, embeds and the papers it cites (see {@link #citedPapers}). */
    private static <T> Parsed<T> withCited(String bytesAndEmbeds, Parsed<T> read, Map<String, CitedWork> citable,
            Map<String, List<CitedWork>> byLowerKey, String allPapers) {
        return new Parsed<>(bytesAndEmbeds + "+" + citedPapers(read, citable, byLowerKey, allPapers), read.value(),
                read.errors(), read.warnings(), read.links());
    }

    /**
     * What of the papers a page or post's rendering depends on, as a hash: those its citations
     * name (each key looked up as {@code Citations} does, exactly, else in any case), or all of
     * them when its reading failed (the error for an unknown key suggests the nearest of all).
     * Every post used to be read again at any paper's edit: a second at 1,000 posts.
     */
    private static String citedPapers(Parsed<?> read, Map<String, CitedWork> citable,
            Map<String, List<CitedWork>> byLowerKey, String allPapers) {
        Optional<RenderedMarkdown> body = read.value().map(item -> item instanceof Post post ? post.body()
                : item instanceof MarkdownPage page ? page.body() : null);
        if (body.isEmpty() || !read.errors().isEmpty()) {
            return allPapers;
        }
        Map<String, Object> cited = new TreeMap<>();
        for (String key : body.get().citationKeys()) {
            cited.put(key, List.of(Optional.ofNullable(citable.get(key)),
                    byLowerKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of())));
        }
        return "cites:" + Integer.toHexString(cited.hashCode());
    }

    private static <T> Parsed<T> parsed(String hash, MarkdownFiles.Read<T> read) {
        return new Parsed<>(hash, read.item(), read.errors(), read.warnings(), read.links());
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> remember(String key, String hash, Findings found, Supplier<Parsed<T>> read) {
        Parsed<T> result = (Parsed<T>) parsed.get(key);
        if (result == null || !result.hash().equals(hash)) {
            result = contained(key, hash, read);
            parsed.put(key, result);
        }
        found.errors().addAll(result.errors());
        found.warnings().addAll(result.warnings());
        found.links().addAll(result.links());
        return result.value();
    }

    /**
     * What {@code read} made of the file {@code key}, or, whatever it threw (a parser's recursion
     * running out of stack, a library's bug, memory), an error at that file: one file must not
     * stop the load, nor the thread running it. Remembered by hash like any result, so the same
     * bytes are not tried again.
     */
    private <T> Parsed<T> contained(String key, String hash, Supplier<Parsed<T>> read) {
        try {
            return read.get();
        } catch (StackOverflowError e) {
            return unreadable(key, hash, "too deeply nested to read; flatten its deepest lists, quotes or brackets");
        } catch (OutOfMemoryError e) {
            return unreadable(key, hash, "too large to render within the server's memory; split it into smaller files");
        } catch (Throwable e) { // NOPMD: a library's failure on one file is that file's error, whatever its type
            return unreadable(key, hash, "could not be read (" + e + "); this is a bug in the site, please report it");
        }
    }

    private <T> Parsed<T> unreadable(String key, String hash, String message) {
        return new Parsed<>(hash, Optional.empty(), List.of(ContentError.atFile(display(key), message)), List.of(),
                List.of());
    }

    /** The key a file's parse result is remembered under: the BibTeX file goes with the YAML list. */
    private static String memoKey(String name) {
        return name.equals(BIBTEX) ? PUBLICATIONS : name;
    }

    private Map<String, BibEntry> readBibtex(ContentFiles.Snapshot file, Problems problems) {
        Map<String, BibEntry> entries = BibtexFile.read(file.bytes(), problems);
        for (BibEntry entry : entries.values()) {
            if (!BibtexMapping.isKnown(entry)) {
                problems.warn(entry.line(), entry.column(), "BibTeX entry '" + entry.key() + "' has the type @"
                        + entry.type() + ", which BibTeX styles do not know; it is shown as @misc"
                        + Suggestions.didYouMean(entry.type(), BibtexMapping.KNOWN_TYPES));
            }
        }
        return entries;
    }

    /** Newest first whatever order it was written in; equal dates keep their order. */
    private static <T> List<T> newestFirst(List<T> items, Function<T, String> date) {
        return items.stream().sorted(Comparator.comparing(date).reversed()).toList();
    }

    /** Files and folders at the top of the content directory that the site does not read. */
    private List<ContentError> unknownEntries() {
        List<ContentError> errors = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry) && !FOLDERS.contains(name)) {
                    errors.add(ContentError.atFile(display(name), "unknown content folder"
                            + orExpected(name, FOLDERS)));
                } else if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !YAML_FILES.contains(name)) {
                    errors.add(ContentError.atFile(display(name), "unknown content file"
                            + orExpected(name, YAML_FILES)));
                }
            }
        } catch (IOException e) {
            errors.add(ContentError.atFile(displayDir, "cannot list directory: " + e));
        }
        return errors;
    }

    private static String orExpected(String name, List<String> known) {
        String hint = Suggestions.didYouMean(name, known);
        return hint.isEmpty() ? "; expected one of: " + String.join(", ", known) : hint;
    }

    /** YAML entries first, in their order, then the BibTeX entries no YAML entry refers to. */
    private List<Publication> withBibtexOnly(List<Publication> fromYaml, Map<String, BibEntry> bib,
            Problems problems) {
        List<Publication> all = new ArrayList<>(fromYaml);
        Set<String> referenced = new HashSet<>();
        fromYaml.forEach(p -> p.bibtexKey().ifPresent(referenced::add));
        // a volume that entries cross-reference without an author of its own (DBLP's proceedings) is
        // their venue, not one of the owner's papers
        Set<String> volumes = new HashSet<>();
        bib.values().forEach(e -> e.field("crossref").ifPresent(k -> volumes.add(k.strip().toLowerCase(Locale.ROOT))));
        bib.values().stream()
                .filter(e -> !referenced.contains(e.key()))
                .filter(e -> !(volumes.contains(e.key().toLowerCase(Locale.ROOT)) && e.field("author").isEmpty()))
                .map(e -> BibtexMapping.standalone(e, display(BIBTEX), problems))
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** Each badge (al-folio's abbr) linked to its venue's page from venues.yaml. */
    private static List<Publication> withBadgeLinks(List<Publication> publications, Map<String, VenueBadge> venues) {
        if (venues.isEmpty()) {
            return publications;
        }
        return publications.stream()
                .map(p -> p.badge().map(venues::get).flatMap(VenueBadge::url).map(url -> p.withBadgeUrl(Optional.of(url)))
                        .orElse(p))
                .toList();
    }

    /** Each project's papers by slug; a name that is neither a slug nor a BibTeX key is an error at its place. */
    private static List<Project> resolve(List<Project> projects, List<Publication> publications,
            List<ContentError> errors) {
        Map<String, String> slugs = new HashMap<>();
        for (Publication p : publications) {
            slugs.put(p.slug(), p.slug());
            p.bibtexKey().ifPresent(key -> slugs.putIfAbsent(key, p.slug()));
        }
        List<Project> resolved = new ArrayList<>();
        for (Project project : projects) {
            List<String> papers = new ArrayList<>();
            for (Project.Reference ref : project.publications()) {
                String slug = slugs.get(ref.key());
                if (slug == null) {
                    errors.add(new ContentError(ref.source().file(), ref.source().line(), ref.source().column(),
                            "no publication with slug or BibTeX key '" + ref.key() + "'"
                                    + Suggestions.didYouMean(ref.key(), slugs.keySet())));
                } else {
                    papers.add(slug);
                }
            }
            resolved.add(project.withPapers(papers));
        }
        return resolved;
    }

    private static List<ContentError> duplicatePosts(List<Post> posts) {
        List<ContentError> errors = new ArrayList<>();
        Map<String, Post> bySlug = new HashMap<>();
        for (Post post : posts) {
            Post first = bySlug.putIfAbsent(post.slug(), post);
            if (first != null) {
                errors.add(ContentError.atFile(post.source().file(), "the post address /blog/" + post.slug()
                        + " is already used by " + first.source().file() + "; rename one of the files"));
            }
        }
        return errors;
    }

    private String display(String name) {
        return fileName(name);
    }

    /**
     * How messages name the content file {@code name} ("site.yaml", "pages/cv.md"): under the
     * content directory as the owner gave it, e.g. "content/site.yaml"; the directory itself for "".
     */
    public String fileName(String name) {
        return name.isEmpty() ? displayDir : displayDir + "/" + name;
    }

    private static List<String> allFiles(List<String> markdown) {
        List<String> all = new ArrayList<>(YAML_FILES);
        all.add(BIBTEX);
        all.addAll(markdown);
        return all;
    }
}
