package io.github.conglongli.site.content;

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
        for (String name : FILES) {
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
        Optional<List<Publication>> publications = read(bytes, PUBLICATIONS,
                f -> f.list("publications", Publication::read), errors);
        Optional<Experience> experience = read(bytes, EXPERIENCE, Experience::read, errors);
        Optional<List<NewsItem>> news = read(bytes, NEWS, f -> f.list("news", NewsItem::read), errors);
        publications.ifPresent(list -> errors.addAll(duplicateSlugs(list)));
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

    private List<ContentError> duplicateSlugs(List<Publication> publications) {
        List<ContentError> errors = new ArrayList<>();
        Map<String, Publication> seen = new HashMap<>();
        for (Publication p : publications) {
            Publication first = seen.putIfAbsent(p.slug(), p);
            if (first != null) {
                errors.add(new ContentError(display(PUBLICATIONS), p.line(), p.column(), "slug '" + p.slug()
                        + "' is already used by the publication at line " + first.line()
                        + "; give one of them its own 'slug:'"));
            }
        }
        return errors;
    }

    private String display(String name) {
        return displayDir + "/" + name;
    }

    private static String version(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : FILES) {
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
