package io.github.conglongli.site.importer;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What every source reader works with: the old site's files, the new content, the report, the link mapper. */
record ImportContext(SourceText source, NewContent out, ImportReport report, LocalFiles files) {

    /** Why well-known template fields are not carried over; any other field has no place here. */
    private static final Map<String, String> WHY = Map.ofEntries(
            Map.entry("layout", "layouts are this engine's own"),
            Map.entry("permalink", "addresses are this engine's own"),
            Map.entry("collection", "the content file says what an item is"),
            Map.entry("comments", "no comments: this engine serves no third-party scripts"),
            Map.entry("giscus_comments", "no comments: this engine serves no third-party scripts"),
            Map.entry("disqus_comments", "no comments: this engine serves no third-party scripts"),
            Map.entry("share", "no share buttons: this engine serves no third-party scripts"),
            Map.entry("related", "no related-posts list"),
            Map.entry("image", "no header image on this kind of item"),
            Map.entry("header", "no header image on this kind of item"),
            Map.entry("author_profile", "the profile is on the home page"),
            Map.entry("lastmod", "the date of the item is kept"),
            Map.entry("publishDate", "the date of the item is kept"),
            Map.entry("weight", "items are ordered by date"),
            Map.entry("order", "items are ordered by date"));

    Path root() {
        return source.root();
    }

    /** Imports one file; whatever goes wrong with it is listed in the report, and the import goes on. */
    void guarded(Path file, java.util.function.Consumer<Path> importer) {
        try {
            importer.accept(file);
        } catch (RuntimeException | StackOverflowError e) {
            report.dropped(source.name(file), "could not be imported: " + e);
        }
    }

    /** A Markdown file of a collection, read, with the title it must have. */
    record TitledFile(Path file, String name, SourceText.Document doc, String title) {
        Map<String, Object> front() {
            return doc.front();
        }

        /** The date of its front matter, else the one its file name starts with (Jekyll's 2020-01-31-name.md). */
        Optional<LooseDate> date() {
            return LooseDate.parse(front().get("date")).or(() -> LooseDate.fromFileName(file.getFileName().toString()));
        }
    }

    /**
     * Imports each Markdown file of a collection folder ({@code _teaching}) that has a title; one
     * without is listed as dropped ("course without a title"), and whatever goes wrong with one is
     * listed and the import goes on.
     */
    void eachTitled(String folder, String kind, java.util.function.Consumer<TitledFile> importer) {
        for (Path file : Jekyll.markdownFiles(root().resolve(folder))) {
            guarded(file, f -> {
                String name = source.name(f);
                SourceText.Document doc = source.document(f);
                Optional<String> title = Fields.text(doc.front(), "title").map(Fields::plain);
                if (title.isEmpty()) {
                    report.dropped(name, kind + " without a title");
                    return;
                }
                importer.accept(new TitledFile(f, name, doc, title.get()));
            });
        }
    }

    /**
     * Whether an old page or post shows its table of contents: Hugo writes {@code toc: true} or
     * places {@code {{< toc >}}} in the text, al-folio {@code toc: {beginning: true}} or
     * {@code {sidebar: left}}. A contents list here, either way.
     */
    static boolean asksForContents(Map<String, Object> front, String body) {
        return Fields.isTrue(front, "toc") || front.get("toc") instanceof Map<?, ?> toc && !toc.isEmpty()
                || TemplateCode.asksForContents(body);
    }

    /** Markdown from the old site, its template code and links made to work here. */
    String markdown(String body, String where, Optional<LocalFiles.Bundle> bundle) {
        TemplateCode.Converted converted = TemplateCode.convert(body, where, report);
        out.embeds.addAll(converted.embeds());
        return files.rewrite(ThemeAttributes.strip(converted.text(), where, report), where, bundle);
    }

    /** One link field, made to work here; empty (and reported) when it cannot. */
    Optional<String> link(String url, String where) {
        return files.link(url, where, Optional.empty());
    }

    /** Reports every field of {@code front} not in {@code used}, for items of {@code kind}. */
    void unused(String kind, Map<String, ?> front, Collection<String> used, String file) {
        for (String key : front.keySet()) {
            if (!used.contains(key)) {
                report.unusedField(kind, key, file, WHY.getOrDefault(key, "no place for it in this engine's content"));
            }
        }
    }

    /**
     * A post: title, date (from the front matter, else the file name), description, tags, draft.
     * Returns its address, /blog/slug.
     */
    Optional<String> post(Map<String, Object> front, String body, String file, String kind, Optional<LocalFiles.Bundle> bundle,
            String slugFallback) {
        Optional<String> title = Fields.text(front, "title").map(Fields::plain);
        String fileName = Path.of(file).getFileName().toString();
        Optional<LooseDate> date = LooseDate.parse(front.get("date"))
                .or(() -> LooseDate.fromFileName(fileName))
                .or(() -> LooseDate.fromFileName(Path.of(file).getParent() == null ? ""
                        : Path.of(file).getParent().getFileName().toString()));
        if (date.isEmpty()) {
            report.dropped(file, kind + " without a date (none in its front matter or file name)");
            return Optional.empty();
        }
        if (date.get().guessed()) {
            report.guess(file, "date '" + front.getOrDefault("date", fileName) + "' read as " + date.get().isoDay());
        }
        Map<String, Object> post = new LinkedHashMap<>();
        String heading = title.orElseGet(() -> {
            String fromName = Fields.baseName(fileName).replace('-', ' ');
            report.guess(file, "no title: took '" + fromName + "' from the file name");
            return fromName;
        });
        post.put("title", heading);
        post.put("date", date.get().isoDay());
        Fields.first(front, "description", "excerpt", "summary", "subtitle").map(Fields::plain)
                .ifPresent(d -> post.put("description", d));
        List<String> tags = new java.util.ArrayList<>();
        for (String key : List.of("tags", "categories", "category")) {
            Object value = front.get(key);
            if (value instanceof String s) {
                tags.addAll(List.of(s.strip().split("\\s+"))); // Jekyll splits a text of tags at spaces
            } else {
                tags.addAll(Fields.texts(front, key));
            }
        }
        List<String> distinct = tags.stream().filter(t -> !t.isBlank()).distinct().toList();
        if (!distinct.isEmpty()) {
            post.put("tags", distinct);
        }
        if (Fields.isTrue(front, "draft") || "false".equals(String.valueOf(front.get("published")))) {
            post.put("draft", true);
        }
        if (asksForContents(front, body)) {
            post.put("toc", true);
        }
        String slug = Fields.slug(slugFallback);
        String name = out.postName(date.get().isoDay(), slug);
        out.posts.put(name, new NewContent.MarkdownFile(post, markdown(body, file, bundle)));
        report.item(kind, file, heading + " (" + date.get().isoDay() + ")");
        unused(kind, front, Set.of("title", "date", "description", "excerpt", "summary", "subtitle", "tags",
                "categories", "category", "draft", "published", "toc"), file);
        return Optional.of("/blog/" + name.substring(11, name.length() - 3));
    }
}
