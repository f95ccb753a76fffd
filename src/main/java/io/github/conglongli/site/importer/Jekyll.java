package io.github.conglongli.site.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What al-folio and academicpages share as Jekyll sites: collections of Markdown files, posts, pages. */
final class Jekyll {

    private Jekyll() {}

    /** The Markdown files of a collection folder ({@code _posts}), sorted; drafts folders and dotfiles skipped. */
    static List<Path> markdownFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, 4)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i)[^.].*\\.(md|markdown|html)"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, for copying whole folders the owner keeps files in. */
    static List<Path> allFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Posts of {@code _posts/}. */
    static void posts(ImportContext c) {
        for (Path file : markdownFiles(c.root().resolve("_posts"))) {
            try {
                SourceText.Document doc = c.source().document(file);
                c.post(doc.front(), doc.body(), c.source().name(file), "post", Optional.empty(),
                        Fields.baseName(file.getFileName().toString()));
            } catch (RuntimeException | StackOverflowError e) {
                c.report().dropped(c.source().name(file), "could not be imported: " + e);
            }
        }
    }

    /** site.yaml from _config.yml: title, address, description, owner. */
    static void site(ImportContext c, Map<String, Object> config, String owner) {
        Map<String, Object> site = c.out().site;
        site.put("title", Fields.text(config, "title").map(Fields::plain).orElse(owner));
        Optional<String> address = LocalFiles.address(config.get("url"), config.get("baseurl"));
        if (address.isEmpty()) {
            address = LocalFiles.address(config.get("hosturl"), config.get("baseurl"));
        }
        site.put("base_url", address.orElseGet(() -> {
            c.report().guess("_config.yml", "no url: base_url set to https://example.org; set it to the site's address");
            return "https://example.org";
        }));
        Fields.text(config, "lang").or(() -> Fields.text(config, "locale"))
                .map(l -> l.replace('_', '-'))
                .filter(io.github.conglongli.site.content.SiteConfig::isLanguageTag)
                .ifPresent(l -> site.put("language", l));
        Fields.text(config, "description").map(Fields::plain).ifPresent(d -> site.put("description", d));
        site.put("owner", owner);
    }

    /** Other pages of {@code _pages/}: those holding text become pages; listings the engine makes itself are dropped. */
    static void pages(ImportContext c, Path dir, List<String> skip) {
        for (Path file : markdownFiles(dir)) {
            try {
                String name = c.source().name(file);
                String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT);
                if (skip.contains(base)) {
                    continue;
                }
                SourceText.Document doc = c.source().document(file);
                String permalink = Fields.text(doc.front(), "permalink").orElse("/" + base + "/");
                String path = permalink.replaceAll("^/+|/+$|\\.html$", "").toLowerCase(Locale.ROOT);
                boolean listing = doc.body().contains("{% for ") || doc.body().contains("{% include archive")
                        || doc.body().contains("{% bibliography") || doc.body().isBlank();
                if (listing || isBuiltIn(path)) {
                    c.report().dropped(name, "a page this engine makes itself, or a listing made by template code");
                    continue;
                }
                String slug = Fields.slug(path.isEmpty() ? base : path.replace('/', '-'));
                if (isBuiltIn(slug)) {
                    slug = "about-" + slug;
                }
                Map<String, Object> front = new LinkedHashMap<>();
                String title = Fields.text(doc.front(), "title").map(Fields::plain).orElse(base);
                front.put("title", title);
                Fields.text(doc.front(), "description").map(Fields::plain).ifPresent(d -> front.put("description", d));
                if (ImportContext.asksForContents(doc.front(), doc.body())) {
                    front.put("toc", true);
                }
                c.out().pages.put(slug + ".md", new NewContent.MarkdownFile(front, c.markdown(doc.body(), name,
                        Optional.empty())));
                c.report().item("page", name, title + " (/" + slug + ")");
                c.unused("page", doc.front(), List.of("title", "description", "toc"), name);
            } catch (RuntimeException | StackOverflowError e) {
                c.report().dropped(c.source().name(file), "could not be imported: " + e);
            }
        }
    }

    static boolean isBuiltIn(String path) {
        String first = path.replaceAll("^/+", "").split("/")[0];
        return List.of("", "publications", "publication", "talks", "teaching", "projects", "blog", "cv", "news",
                "experience", "feed.xml", "sitemap.xml", "404", "healthz", "year-archive", "posts", "portfolio",
                "cards", "tags", "categories", "archive").contains(first);
    }

    /** Copies every file of these folders to the same place in static/, as the old site served them. */
    static void copyFolders(ImportContext c, String... folders) {
        int n = 0;
        for (String folder : folders) {
            for (Path file : allFiles(c.root().resolve(folder))) {
                c.out().copy("/" + c.source().name(file), file);
                n++;
            }
        }
        if (n > 0) {
            c.report().item("static folder", String.join(", ", folders), n + " files copied to static/");
        }
    }

    /** The theme's own folders: code and layout, no content of the owner's. */
    private static final List<String> THEME = List.of("_includes", "_layouts", "_sass", "_plugins", "_scripts",
            "_site", "_data", ".git", ".github", "_drafts");

    /** Lists the old site's collections (folders starting with _) the import did not read. */
    static void unreadFolders(ImportContext c, List<String> read) {
        try (Stream<Path> dirs = Files.list(c.root())) {
            dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> n.startsWith("_") && !read.contains(n) && !THEME.contains(n)).sorted()
                    .forEach(n -> c.report().dropped(n + "/", "a collection this import does not read"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the files of _data/ the import did not read. */
    static void unreadData(ImportContext c, List<String> read) {
        for (Path file : allFiles(c.root().resolve("_data"))) {
            String name = c.source().name(file).substring("_data/".length());
            if (!read.contains(name)) {
                c.report().dropped("_data/" + name, "data this import does not read");
            }
        }
    }

    /** A list of names from {@code a, b and c}. */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        for (String part : text.split("\\s+and\\s+|,\\s*")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }
}
