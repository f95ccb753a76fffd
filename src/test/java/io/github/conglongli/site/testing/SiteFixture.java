package io.github.conglongli.site.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.conglongli.site.content.ContentLoader;
import io.github.conglongli.site.content.LoadResult;
import io.github.conglongli.site.content.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A small site written by a test, as Hugo's tests write their content inline: the test names the
 * content it relies on, and {@link #writeTo} turns it into real YAML files on disk. The people
 * are fictional (Ada Lovelace owns the site); the owner's own {@code content/} is never used.
 *
 * <pre>
 * SiteFixture.minimal()
 *         .publication(p -&gt; p.title("Notes").authors("Ada Lovelace", "Alan Turing").venue("NeurIPS 2022")
 *                 .type("conference").year(2022).award("Best Paper"))
 *         .position(p -&gt; p.title("Analyst").organization("Analytical Society").start(2021).end("present"))
 *         .news(n -&gt; n.date("2024-01-07").text("Hello"))
 *         .writeTo(dir);
 * </pre>
 *
 * A file given whole with {@link #file} is written exactly as given, for tests about the YAML
 * itself (errors, their lines and columns). The site's theme (the repository's {@code static/}:
 * stylesheet and icons, which are part of the product, not of the owner's content) is copied
 * along, so that pages look and link as they do in production.
 */
public final class SiteFixture {

    /** The stylesheet and icons every site is served with. */
    public static final Path THEME = Path.of("static");

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private final SiteYaml site = new SiteYaml();
    private final ProfileYaml profile = new ProfileYaml();
    private final List<PublicationYaml> publications = new ArrayList<>();
    private final List<PositionYaml> positions = new ArrayList<>();
    private final List<EducationYaml> education = new ArrayList<>();
    private final List<Map<String, Object>> skills = new ArrayList<>();
    private final List<Map<String, Object>> service = new ArrayList<>();
    private final List<NewsYaml> news = new ArrayList<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, String> staticFiles = new LinkedHashMap<>();

    private SiteFixture() {}

    /** A post's file: front matter with {@code title}, and one line, "Text of {title}." */
    public static String post(String title) {
        return "---\ntitle: " + title + "\n---\nText of " + title + ".\n";
    }

    /** Ada's site with a paper (1843-notes), a first post (hello, 2026-01-05) and a page (about). */
    public static SiteFixture withPaperPostAndPage() {
        return minimal()
                .publication(p -> p.title("Notes").authors("Ada Lovelace").venue("Memoirs 1843").type("journal")
                        .year(1843).slug("1843-notes"))
                .file("posts/2026-01-05-hello.md", post("Hello"))
                .file("pages/about.md", "---\ntitle: About\n---\nAbout Ada.\n");
    }

    /** Only what a site needs: a title, an address and an owner, Ada Lovelace, with her name. */
    public static SiteFixture minimal() {
        SiteFixture fixture = new SiteFixture();
        fixture.site.title("Ada Lovelace").baseUrl("https://ada.example.org").owner("Ada Lovelace");
        fixture.profile.name("Ada Lovelace");
        return fixture;
    }

    /** The files of a content directory, pages and posts included, each as it is (for the owner's real content). */
    public static SiteFixture copyOf(Path contentDir) {
        SiteFixture fixture = new SiteFixture();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                fixture.file(contentDir.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixture;
    }

    public SiteFixture site(Consumer<SiteYaml> edit) {
        edit.accept(site);
        return this;
    }

    public SiteFixture profile(Consumer<ProfileYaml> edit) {
        edit.accept(profile);
        return this;
    }

    public SiteFixture publication(Consumer<PublicationYaml> entry) {
        return add(publications, new PublicationYaml(), entry);
    }

    public SiteFixture position(Consumer<PositionYaml> entry) {
        return add(positions, new PositionYaml(), entry);
    }

    public SiteFixture education(Consumer<EducationYaml> entry) {
        return add(education, new EducationYaml(), entry);
    }

    public SiteFixture skill(String category, String text) {
        skills.add(map("category", category, "text", text));
        return this;
    }

    public SiteFixture service(String category, String role, String... venues) {
        service.add(map("category", category, "role", role, "venues", List.of(venues)));
        return this;
    }

    public SiteFixture news(Consumer<NewsYaml> entry) {
        return add(news, new NewsYaml(), entry);
    }

    /**
     * A content file written exactly as given, in place of anything built for that name; a name
     * with folders ({@code "posts/2024-01-05-hello.md"}, {@code "pages/group/join.md"}) gets them.
     */
    public SiteFixture file(String name, String text) {
        files.put(name, text);
        return this;
    }

    /** A file in the static directory, next to the theme's. */
    public SiteFixture staticFile(String name, String text) {
        staticFiles.put(name, text);
        return this;
    }

    /** The content files by name, as they will be written. */
    public Map<String, String> contentFiles() {
        Map<String, String> out = new LinkedHashMap<>();
        putYaml(out, ContentLoader.SITE, site.fields);
        putYaml(out, ContentLoader.PROFILE, profile.fields);
        if (!publications.isEmpty()) {
            putYaml(out, ContentLoader.PUBLICATIONS, map("publications", fieldsOf(publications)));
        }
        Map<String, Object> experience = new LinkedHashMap<>();
        putIfAny(experience, "positions", fieldsOf(positions));
        putIfAny(experience, "education", fieldsOf(education));
        putIfAny(experience, "skills", skills);
        putIfAny(experience, "service", service);
        if (!experience.isEmpty()) {
            putYaml(out, ContentLoader.EXPERIENCE, experience);
        }
        if (!news.isEmpty()) {
            putYaml(out, ContentLoader.NEWS, map("news", fieldsOf(news)));
        }
        out.putAll(files);
        return out;
    }

    /** The text of one content file, as it will be written. */
    public String yaml(String name) {
        String text = contentFiles().get(name);
        if (text == null) {
            throw new IllegalArgumentException("the fixture has no " + name);
        }
        return text;
    }

    /** Writes the content files into {@code dir} itself, as a content directory. */
    public Path writeContentTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file : contentFiles().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Writes a whole site under {@code root}: {@code content/}, and {@code static/} with the theme. */
    public Path writeTo(Path root) {
        writeContentTo(root.resolve("content"));
        try {
            copyTree(THEME, root.resolve("static"));
            for (Map.Entry<String, String> file : staticFiles.entrySet()) {
                Path target = root.resolve("static").resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** Loads the content as the server would; fails the test with the errors if it does not load. */
    public Site load() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("site-fixture");
            LoadResult result = new ContentLoader(writeContentTo(dir), "content").load();
            if (result instanceof LoadResult.Failed failed) {
                throw new AssertionError("the fixture does not load: " + failed.errors());
            }
            return ((LoadResult.Loaded) result).site();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                deleteTree(dir);
            }
        }
    }

    /** Copies a directory tree, replacing files that are already there. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a directory tree, best effort. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left in the system's temp directory
        }
    }

    private <T extends Fields<T>> SiteFixture add(List<T> list, T entry, Consumer<T> edit) {
        edit.accept(entry);
        list.add(entry);
        return this;
    }

    private static List<Map<String, Object>> fieldsOf(List<? extends Fields<?>> entries) {
        return entries.stream().map(e -> e.fields).toList();
    }

    private static void putIfAny(Map<String, Object> map, String key, List<?> list) {
        if (!list.isEmpty()) {
            map.put(key, list);
        }
    }

    private static void putYaml(Map<String, String> out, String name, Map<String, Object> fields) {
        try {
            out.put(name, YAML.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The fields of one YAML mapping, in the order they are set. */
    public abstract static class Fields<T extends Fields<T>> {
        final Map<String, Object> fields = new LinkedHashMap<>();

        /** Any field, named as in the YAML: for fields without a method here, or misspelt ones. */
        public T set(String key, Object value) {
            fields.put(key, value);
            return self();
        }

        /** Leaves a field out, e.g. one {@link #minimal()} sets. */
        public T remove(String key) {
            fields.remove(key);
            return self();
        }

        @SuppressWarnings("unchecked")
        T append(String key, Object value) {
            ((List<Object>) fields.computeIfAbsent(key, k -> new ArrayList<>())).add(value);
            return self();
        }

        /** One entry of a mapping field, such as {@code home:} or a paper's {@code links:}. */
        @SuppressWarnings("unchecked")
        T putIn(String field, String key, Object value) {
            ((Map<String, Object>) fields.computeIfAbsent(field, k -> new LinkedHashMap<>())).put(key, value);
            return self();
        }

        @SuppressWarnings("unchecked")
        private T self() {
            return (T) this;
        }
    }

    /** {@code site.yaml}. */
    public static final class SiteYaml extends Fields<SiteYaml> {
        public SiteYaml title(String title) { return set("title", title); }
        public SiteYaml baseUrl(String url) { return set("base_url", url); }
        public SiteYaml language(String language) { return set("language", language); }
        public SiteYaml description(String description) { return set("description", description); }
        public SiteYaml owner(String owner) { return set("owner", owner); }
        public SiteYaml ownerAliases(String... aliases) { return set("owner_aliases", List.of(aliases)); }

        /** The navigation, as pairs of title and address: {@code nav("Home", "/", "CV", "/cv")}. */
        public SiteYaml nav(String... titlesAndUrls) {
            List<Map<String, Object>> nav = new ArrayList<>();
            for (int i = 0; i < titlesAndUrls.length; i += 2) {
                nav.add(map("title", titlesAndUrls[i], "url", titlesAndUrls[i + 1]));
            }
            return set("nav", nav);
        }

        public SiteYaml selectedPublications(int count) { return putIn("home", "selected_publications", count); }
        public SiteYaml recentPositions(int count) { return putIn("home", "recent_positions", count); }
        public SiteYaml newsOnHome(int count) { return putIn("home", "news", count); }
        public SiteYaml postsOnHome(int count) { return putIn("home", "posts", count); }
        /** Hosts whose pages Markdown may show in an {@code <iframe>}. */
        public SiteYaml embeds(String... hosts) { return set("embeds", List.of(hosts)); }
    }

    /** {@code profile.yaml}. */
    public static final class ProfileYaml extends Fields<ProfileYaml> {
        public ProfileYaml name(String name) { return set("name", name); }
        public ProfileYaml role(String role) { return set("role", role); }
        public ProfileYaml affiliation(String affiliation) { return set("affiliation", affiliation); }
        public ProfileYaml team(String team) { return set("team", team); }
        public ProfileYaml location(String location) { return set("location", location); }
        public ProfileYaml photo(String url, String alt) { return set("photo", url).set("photo_alt", alt); }
        public ProfileYaml emails(String... emails) { return set("emails", List.of(emails)); }
        public ProfileYaml link(String label, String url, String text) {
            return append("links", map("label", label, "url", url, "text", text));
        }
        /** Markdown. */
        public ProfileYaml bio(String markdown) { return set("bio", markdown); }
        /** Markdown. */
        public ProfileYaml researchInterests(String markdown) { return set("research_interests", markdown); }
    }

    /** One entry of {@code publications.yaml}. */
    public static final class PublicationYaml extends Fields<PublicationYaml> {
        // in the order of docs/owner-guide.md, "Content schema"
        public PublicationYaml title(String title) { return set("title", title); }
        public PublicationYaml authors(String... names) { return set("authors", List.of(names)); }
        public PublicationYaml venue(String venue) { return set("venue", venue); }
        /** conference, journal, workshop or preprint. */
        public PublicationYaml type(String type) { return set("type", type); }
        public PublicationYaml year(int year) { return set("year", year); }
        public PublicationYaml venueFull(String venueFull) { return set("venue_full", venueFull); }
        public PublicationYaml award(String award) { return append("awards", award); }
        public PublicationYaml volume(String volume) { return set("volume", volume); }
        public PublicationYaml issue(String issue) { return set("issue", issue); }
        public PublicationYaml pages(String pages) { return set("pages", pages); }
        public PublicationYaml publisher(String publisher) { return set("publisher", publisher); }
        public PublicationYaml date(String date) { return set("date", date); }
        public PublicationYaml bibtexKey(String key) { return set("bibtex_key", key); }
        public PublicationYaml arxiv(String id) { return set("arxiv", id); }
        public PublicationYaml doi(String doi) { return set("doi", doi); }
        public PublicationYaml etAl() { return set("et_al", true); }
        public PublicationYaml authorCount(int count) { return set("author_count", count); }
        public PublicationYaml note(String note) { return set("note", note); }
        public PublicationYaml selected() { return set("selected", true); }
        /** Markdown. */
        public PublicationYaml abstractText(String markdown) { return set("abstract", markdown); }
        public PublicationYaml slug(String slug) { return set("slug", slug); }

        /** A link of one kind: pdf, code, slides, video, poster, project, blog or website. */
        public PublicationYaml link(String kind, String url) { return putIn("links", kind, url); }
    }

    /** One position in {@code experience.yaml}. */
    public static final class PositionYaml extends Fields<PositionYaml> {
        public PositionYaml title(String title) { return set("title", title); }
        public PositionYaml organization(String organization) { return set("organization", organization); }
        public PositionYaml location(String location) { return set("location", location); }
        public PositionYaml url(String url) { return set("url", url); }
        public PositionYaml term(String term) { return set("term", term); }
        public PositionYaml start(int year) { return set("start", year); }
        /** A year and month such as {@code 2021-07}. */
        public PositionYaml start(String yearMonth) { return set("start", yearMonth); }
        public PositionYaml end(int year) { return set("end", year); }
        /** {@code present}, or a year and month such as {@code 2022-03}. */
        public PositionYaml end(String end) { return set("end", end); }
        /** Markdown. */
        public PositionYaml description(String markdown) { return set("description", markdown); }
    }

    /** One degree in {@code experience.yaml}. */
    public static final class EducationYaml extends Fields<EducationYaml> {
        public EducationYaml degree(String degree) { return set("degree", degree); }
        public EducationYaml institution(String institution) { return set("institution", institution); }
        public EducationYaml location(String location) { return set("location", location); }
        public EducationYaml start(int year) { return set("start", year); }
        public EducationYaml end(int year) { return set("end", year); }
        public EducationYaml advisor(String advisor) { return set("advisor", advisor); }
        public EducationYaml thesis(String thesis) { return set("thesis", thesis); }
        public EducationYaml honors(String... honors) { return set("honors", Arrays.asList(honors)); }
        public EducationYaml notes(String... notes) { return set("notes", Arrays.asList(notes)); }
    }

    /** One item of {@code news.yaml}. */
    public static final class NewsYaml extends Fields<NewsYaml> {
        /** {@code YYYY-MM-DD} or {@code YYYY-MM}. */
        public NewsYaml date(String date) { return set("date", date); }
        /** Markdown. */
        public NewsYaml text(String markdown) { return set("text", markdown); }
        public NewsYaml url(String url) { return set("url", url); }
    }
}
