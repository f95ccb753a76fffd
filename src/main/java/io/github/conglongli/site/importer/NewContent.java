package io.github.conglongli.site.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The new site as the import builds it: each content file's YAML document, the posts and pages,
 * the BibTeX file, and the files to copy into {@code static/}. Written in one go by {@link #write}.
 */
final class NewContent {

    /** A Markdown file: front matter fields and body. */
    record MarkdownFile(Map<String, Object> front, String body) {}

    final Map<String, Object> site = new LinkedHashMap<>();
    final Map<String, Object> profile = new LinkedHashMap<>();
    /** venues.yaml: each badge abbreviation with its venue's address and colour. */
    final Map<String, Object> venues = new LinkedHashMap<>();
    final List<Map<String, Object>> publications = new ArrayList<>();
    final List<Map<String, Object>> news = new ArrayList<>();
    final List<Map<String, Object>> talks = new ArrayList<>();
    final List<Map<String, Object>> teaching = new ArrayList<>();
    final List<Map<String, Object>> projects = new ArrayList<>();
    final List<Map<String, Object>> positions = new ArrayList<>();
    final List<Map<String, Object>> education = new ArrayList<>();
    final List<Map<String, Object>> skills = new ArrayList<>();
    /** Posts by file name ({@code 2024-05-01-hello.md}); pages by path under pages/ ({@code about.md}). */
    final Map<String, MarkdownFile> posts = new TreeMap<>();
    final Map<String, MarkdownFile> pages = new TreeMap<>();
    final Set<String> embeds = new TreeSet<>();
    private final Map<String, Path> statics = new TreeMap<>();
    private Optional<String> bibtex = Optional.empty();
    /** Files written beside content/ for the owner to read (not part of the site), by name. */
    final Map<String, String> beside = new TreeMap<>();

    void bibtex(String text) {
        bibtex = Optional.of(text);
    }

    boolean hasBibtex() {
        return bibtex.isPresent();
    }

    /** Copies {@code source} to {@code static/} at {@code target} (a path starting with /). */
    void copy(String target, Path source) {
        statics.putIfAbsent(target.replaceFirst("^/+", ""), source);
    }

    int staticFiles() {
        return statics.size();
    }

    /** A post's file name not yet taken: {@code 2024-05-01-slug.md}, else {@code 2024-05-01-slug-2.md}. */
    String postName(String day, String slug) {
        String name = day + "-" + slug + ".md";
        for (int n = 2; posts.containsKey(name); n++) {
            name = day + "-" + slug + "-" + n + ".md";
        }
        return name;
    }

    /**
     * Writes content/ (whole or not at all, as init does) and static/ into {@code dir}; a file
     * already in static/ is the owner's and is kept. Returns the static files kept that way.
     */
    List<String> write(Path dir) throws IOException {
        Path staging = Files.createDirectory(dir.resolve(".import-" + java.util.UUID.randomUUID()));
        try {
            yaml(staging, "site.yaml", site);
            yaml(staging, "profile.yaml", profile);
            list(staging, "publications.yaml", "publications", publications);
            list(staging, "news.yaml", "news", news);
            list(staging, "talks.yaml", "talks", talks);
            list(staging, "teaching.yaml", "teaching", teaching);
            list(staging, "projects.yaml", "projects", projects);
            Map<String, Object> experience = new LinkedHashMap<>();
            putIfAny(experience, "positions", positions);
            putIfAny(experience, "education", education);
            putIfAny(experience, "skills", skills);
            if (!experience.isEmpty()) {
                yaml(staging, "experience.yaml", experience);
            }
            if (!venues.isEmpty()) {
                yaml(staging, "venues.yaml", venues);
            }
            if (bibtex.isPresent()) {
                Files.writeString(staging.resolve("publications.bib"), bibtex.get(), StandardCharsets.UTF_8);
            }
            markdown(staging.resolve("posts"), posts);
            markdown(staging.resolve("pages"), pages);
            Files.move(staging, dir.resolve("content"));
        } finally {
            deleteTree(staging);
        }
        for (Map.Entry<String, String> e : beside.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Path statics = dir.resolve("static");
        Files.createDirectories(statics);
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, Path> e : this.statics.entrySet()) {
            Path target = statics.resolve(e.getKey()).normalize();
            if (!target.startsWith(statics)) {
                continue;
            }
            if (Files.exists(target)) {
                kept.add(e.getKey());
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.copy(e.getValue(), target);
        }
        return kept;
    }

    private static void putIfAny(Map<String, Object> map, String key, List<?> list) {
        if (!list.isEmpty()) {
            map.put(key, list);
        }
    }

    private static void yaml(Path dir, String name, Map<String, Object> document) throws IOException {
        String header = "# Written by `import` from the old site; see IMPORT.md beside content/ for what changed.\n";
        Files.writeString(dir.resolve(name), header + YamlOut.document(document), StandardCharsets.UTF_8);
    }

    private static void list(Path dir, String name, String key, List<Map<String, Object>> items) throws IOException {
        if (!items.isEmpty()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put(key, items);
            yaml(dir, name, document);
        }
    }

    private static void markdown(Path dir, Map<String, MarkdownFile> files) throws IOException {
        for (Map.Entry<String, MarkdownFile> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            String body = e.getValue().body().strip();
            Files.writeString(file, "---\n" + YamlOut.document(e.getValue().front()) + "---\n" + body
                    + (body.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
