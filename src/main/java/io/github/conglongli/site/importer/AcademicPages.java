package io.github.conglongli.site.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * academicpages (Jekyll, Minimal Mistakes): the author block of {@code _config.yml}, the home page
 * {@code _pages/about.md}, one Markdown file per publication, talk, course, post and portfolio item,
 * {@code _data/navigation.yml}, and the owner's {@code files/} and {@code images/}.
 */
record AcademicPages(ImportContext c, String owner) {

    private static final List<String> PAPER_FIELDS = List.of("title", "date", "venue", "paperurl", "slidesurl",
            "citation", "excerpt", "category", "collection", "permalink", "bibtexurl", "authors", "doi", "pubtype");

    static String owner(Map<String, Object> config) {
        Map<String, Object> author = Fields.mapping(config, "author");
        return Fields.text(author, "name").or(() -> Fields.text(config, "name"))
                .or(() -> Fields.text(config, "title")).map(Fields::plain).orElse("Your Name");
    }

    void run(Map<String, Object> config) {
        Jekyll.copyFolders(c, "files", "images");
        Jekyll.site(c, config, owner);
        profile(config);
        publications();
        talks();
        teaching();
        portfolio();
        Jekyll.posts(c);
        Jekyll.pages(c, c.root().resolve("_pages"), List.of("about", "404", "archive-layout-with-content",
                "category-archive", "collection-archive", "page-archive", "sitemap", "tag-archive", "terms",
                "year-archive", "talkmap", "markdown", "non-menu-page"));
        navigation();
        Jekyll.unreadFolders(c, List.of("_publications", "_talks", "_teaching", "_posts", "_pages", "_portfolio"));
        Jekyll.unreadData(c, List.of("navigation.yml"));
        if (Files.isDirectory(c.root().resolve("markdown_generator"))) {
            c.report().dropped("markdown_generator/", "the generator's input (TSV, BibTeX) for the Markdown files "
                    + "already imported");
        }
    }

    private void profile(Map<String, Object> config) {
        Map<String, Object> author = Fields.mapping(config, "author");
        Map<String, Object> p = c.out().profile;
        p.put("name", owner);
        Fields.text(author, "bio").map(Fields::plain).ifPresent(bio -> {
            if (bio.length() <= 80) {
                p.put("role", bio);
            } else {
                p.put("bio", bio);
            }
        });
        Fields.text(author, "employer").map(Fields::plain).ifPresent(e -> p.put("affiliation", e));
        Fields.text(author, "location").map(Fields::plain).ifPresent(l -> p.put("location", l));
        Fields.text(author, "avatar").flatMap(a -> photo(a)).ifPresent(photo -> {
            p.put("photo", photo);
            p.put("photo_alt", "Photo of " + owner);
        });
        Fields.text(author, "email").filter(e -> e.contains("@")).ifPresent(e -> p.put("emails", List.of(e)));
        List<Map<String, Object>> links = SocialLinks.all(author);
        if (!links.isEmpty()) {
            p.put("links", links);
        }
        for (String key : author.keySet()) {
            if (!List.of("name", "bio", "employer", "location", "avatar", "email").contains(key)
                    && !SocialLinks.isKnown(key) && author.get(key) != null && !author.get(key).toString().isBlank()) {
                c.report().unusedField("_config.yml author", key, "_config.yml", "no profile field for it");
            }
        }
        Path about = c.root().resolve("_pages/about.md");
        if (Files.isRegularFile(about)) {
            SourceText.Document doc = c.source().document(about);
            String bio = c.markdown(doc.body(), "_pages/about.md", Optional.empty()).strip();
            if (!bio.isEmpty()) {
                p.put("bio", p.containsKey("bio") ? p.get("bio") + "\n\n" + bio : bio);
            }
            c.report().item("profile", "_pages/about.md", "home page text as the profile's bio");
            Fields.text(doc.front(), "title").ifPresent(t -> c.report().dropped("_pages/about.md",
                    "title '" + Fields.plain(t) + "': the home page is titled with your name"));
        }
    }

    private Optional<String> photo(String avatar) {
        String path = avatar.startsWith("/") || avatar.matches("https?://.*") ? avatar : "/images/" + avatar;
        return c.link(path, "_config.yml author.avatar").filter(l -> l.startsWith("/"));
    }

    private void publications() {
        c.eachTitled("_publications", "publication", this::publication);
    }

    private void publication(ImportContext.TitledFile item) {
        String name = item.name();
        Map<String, Object> f = item.front();
        Optional<LooseDate> date = item.date();
        if (date.isEmpty()) {
            c.report().dropped(name, "publication without a date");
            return;
        }
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("title", item.title());
        paper.put("authors", authors(f, name));
        String venue = Fields.text(f, "venue").map(Fields::plain).orElseGet(() -> {
            c.report().guess(name, "no venue: written 'Unpublished'");
            return "Unpublished";
        });
        paper.put("venue", venue);
        paper.put("type", type(f, venue, name));
        paper.put("year", date.get().year());
        if (date.get().month() == 1 && date.get().day() == 1) {
            c.report().guess(name, "date " + date.get().iso() + " read as the year " + date.get().year()
                    + " alone (academicpages' generator writes January 1 for a year)");
        } else if (date.get().hasMonth()) {
            paper.put("date", date.get().iso());
        }
        if (Fields.text(f, "citation").filter(PaperKinds::truncated).isPresent()) {
            paper.put("et_al", true);
        }
        Fields.text(f, "doi").map(d -> d.replaceFirst("^https?://(dx\\.)?doi\\.org/", ""))
                .filter(d -> d.matches("10\\.\\d{4,9}/\\S+")).ifPresent(d -> paper.put("doi", d));
        paper.put("slug", Fields.slug(item.file().getFileName().toString().replaceFirst("\\.[^.]+$", "")));
        Map<String, Object> links = new LinkedHashMap<>();
        Fields.text(f, "paperurl").flatMap(u -> c.link(u, name + " paperurl"))
                .ifPresent(u -> links.put(u.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "pdf" : "website", u));
        Fields.text(f, "slidesurl").flatMap(u -> c.link(u, name + " slidesurl")).ifPresent(u -> links.put("slides", u));
        if (!links.isEmpty()) {
            paper.put("links", links);
        }
        // the generator's own lines (a download link, the citation again) are no part of an abstract
        String body = c.markdown(item.doc().body().replaceAll("(?m)^\\s*<a href=[^>]*>\\s*Download[^<]*</a>\\s*$", "")
                .replaceAll("(?m)^\\s*\\[?Download (paper|slides) here\\]?(\\([^)]*\\))?\\s*$", "")
                .replaceAll("(?m)^\\s*Recommended citation:.*$", ""), name, Optional.empty()).strip();
        Optional<String> excerpt = Fields.text(f, "excerpt").map(Fields::plain);
        String abstractText = body.isEmpty() || excerpt.map(e -> Fields.plain(body).equals(e)).orElse(false)
                ? excerpt.orElse(body) : body;
        if (!abstractText.isEmpty()) {
            paper.put("abstract", abstractText);
        }
        if (!body.isEmpty() && excerpt.isPresent() && !Fields.plain(body).equals(excerpt.get())) {
            c.report().unusedField("publication", "excerpt", name, "the page text became the abstract; the "
                    + "excerpt is a summary of it");
        }
        Fields.text(f, "citation").ifPresent(x -> c.report().unusedField("publication", "citation", name,
                "this engine formats citations itself (authors were read from it)"));
        Fields.text(f, "bibtexurl").ifPresent(x -> c.report().unusedField("publication", "bibtexurl", name,
                "this engine writes each paper's BibTeX itself"));
        c.unused("publication", f, PAPER_FIELDS, name);
        c.out().publications.add(paper);
        c.report().item("publication", name, item.title() + " (" + date.get().year() + ")");
    }

    private List<String> authors(Map<String, Object> f, String name) {
        List<String> given = Fields.texts(f, "authors");
        if (given.size() == 1) {
            given = Jekyll.names(given.get(0));
        }
        if (!given.isEmpty()) {
            return given.stream().map(Fields::plain).toList();
        }
        List<String> fromCitation = Fields.text(f, "citation").map(PaperKinds::authorsFromCitation).orElse(List.of());
        if (!fromCitation.isEmpty()) {
            c.report().guess(name, "authors read from the citation: " + String.join(", ", fromCitation));
            return fromCitation;
        }
        c.report().guess(name, "no authors: written as " + owner + " alone");
        return List.of(owner);
    }

    private String type(Map<String, Object> f, String venue, String name) {
        Optional<String> category = Fields.first(f, "category", "pubtype").map(s -> s.toLowerCase(Locale.ROOT));
        if (category.isPresent()) {
            String cat = category.get();
            if (cat.startsWith("conference")) {
                return "conference";
            }
            if (cat.startsWith("manuscript") || cat.startsWith("journal")) {
                return "journal";
            }
            if (cat.contains("preprint")) {
                return "preprint";
            }
            if (cat.contains("workshop")) {
                return "workshop";
            }
        }
        Optional<String> fromVenue = PaperKinds.typeFromVenue(venue);
        String type = fromVenue.orElse("journal");
        c.report().guess(name, "publication type '" + type + "' taken from " + (fromVenue.isPresent()
                ? "the venue '" + venue + "'" : "nothing (the default)") + (category.isPresent()
                ? "; category '" + category.get() + "' has no type here" : ""));
        return type;
    }

    private void talks() {
        c.eachTitled("_talks", "talk", this::talk);
    }

    private void talk(ImportContext.TitledFile item) {
        String name = item.name();
        Map<String, Object> f = item.front();
        Optional<LooseDate> date = item.date();
        if (date.isEmpty() || !date.get().hasMonth()) {
            c.report().dropped(name, "talk without a date with a month");
            return;
        }
        Map<String, Object> talk = new LinkedHashMap<>();
        talk.put("title", item.title());
        talk.put("event", Fields.text(f, "venue").map(Fields::plain).orElseGet(() -> {
            c.report().guess(name, "no venue: event written as the talk's type or 'Talk'");
            return Fields.first(f, "type", "talk_type").map(Fields::plain).orElse("Talk");
        }));
        talk.put("date", date.get().iso());
        Fields.text(f, "location").map(Fields::plain).ifPresent(l -> talk.put("location", l));
        Fields.first(f, "type", "talk_type").flatMap(t -> talkKind(t, name)).ifPresent(k -> talk.put("kind", k));
        Map<String, Object> links = new LinkedHashMap<>();
        Fields.text(f, "slidesurl").flatMap(u -> c.link(u, name)).ifPresent(u -> links.put("slides", u));
        Fields.first(f, "videourl", "video").flatMap(u -> c.link(u, name)).ifPresent(u -> links.put("video", u));
        Fields.first(f, "venueurl", "talkurl", "url").flatMap(u -> c.link(u, name)).ifPresent(u -> links.put("event", u));
        if (!links.isEmpty()) {
            talk.put("links", links);
        }
        String body = c.markdown(item.doc().body(), name, Optional.empty()).strip();
        if (!body.isEmpty()) {
            talk.put("abstract", body);
        }
        c.unused("talk", f, List.of("title", "date", "venue", "location", "type", "talk_type", "slidesurl",
                "videourl", "video", "venueurl", "talkurl", "url", "collection", "permalink"), name);
        c.out().talks.add(talk);
        c.report().item("talk", name, item.title() + " (" + date.get().iso() + ")");
    }

    private Optional<String> talkKind(String type, String name) {
        String t = type.toLowerCase(Locale.ROOT);
        for (String kind : List.of("keynote", "tutorial", "poster", "panel", "invited", "contributed")) {
            if (t.contains(kind)) {
                return Optional.of(kind);
            }
        }
        if (t.equals("talk") || t.contains("presentation") || t.contains("oral")) {
            c.report().guess(name, "talk type '" + type + "' read as a contributed talk");
            return Optional.of("contributed");
        }
        c.report().unusedField("talk", "type '" + type + "'", name, "not one of this engine's kinds of talk");
        return Optional.empty();
    }

    private void teaching() {
        c.eachTitled("_teaching", "course", item -> {
            String name = item.name();
            SourceText.Document doc = item.doc();
            Map<String, Object> f = item.front();
            String title = item.title();
            Path file = item.file();
            Map<String, Object> course = new LinkedHashMap<>();
            course.put("title", title);
            course.put("institution", Fields.text(f, "venue").map(Fields::plain).orElseGet(() -> {
                c.report().guess(name, "no venue: institution written as 'Unknown institution'");
                return "Unknown institution";
            }));
            course.put("role", "instructor");
            c.report().guess(name, "role 'instructor' (academicpages does not say)");
            course.put("terms", List.of(term(f, file, name)));
            List<String> description = new ArrayList<>();
            Fields.text(f, "type").map(Fields::plain).ifPresent(t -> description.add("*" + t + "*"));
            Fields.text(f, "location").map(Fields::plain).ifPresent(description::add);
            String body = c.markdown(doc.body(), name, Optional.empty()).strip();
            if (!body.isEmpty()) {
                description.add(body);
            }
            if (!description.isEmpty()) {
                course.put("description", String.join("\n\n", description));
            }
            c.unused("course", f, List.of("title", "venue", "date", "type", "location", "collection", "permalink"), name);
            c.out().teaching.add(course);
            c.report().item("course", name, title);
        });
    }

    /** "Spring 2015" from a file named 2015-spring-..., else the year of its date. */
    private String term(Map<String, Object> f, Path file, String name) {
        String base = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Optional<LooseDate> date = LooseDate.parse(f.get("date")).or(() -> LooseDate.fromFileName(base));
        String year = date.map(d -> String.valueOf(d.year())).orElse("");
        for (String season : List.of("spring", "summer", "fall", "autumn", "winter")) {
            if (base.contains(season)) {
                return Character.toUpperCase(season.charAt(0)) + season.substring(1) + (year.isEmpty() ? "" : " " + year);
            }
        }
        if (year.isEmpty()) {
            c.report().guess(name, "no date: term written as 'Unknown term'");
            return "Unknown term";
        }
        return year;
    }

    private void portfolio() {
        c.eachTitled("_portfolio", "portfolio item", item -> {
            String name = item.name();
            SourceText.Document doc = item.doc();
            Map<String, Object> f = item.front();
            String title = item.title();
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("name", title);
            String body = c.markdown(doc.body(), name, Optional.empty()).strip();
            project.put("summary", Fields.text(f, "excerpt").map(e -> c.markdown(e, name, Optional.empty()))
                    .map(e -> body.isEmpty() ? e : e + "\n\n" + body).orElse(body.isEmpty() ? title : body));
            c.unused("project", f, List.of("title", "excerpt", "collection", "permalink"), name);
            c.out().projects.add(project);
            c.report().item("project", name, title);
        });
    }

    /**
     * The old menu as site.yaml's {@code nav}: each entry that leads to a section or page the new
     * site has, in the old order; the others are listed. Without one such entry, the default
     * navigation (every section with content) stays.
     */
    private void navigation() {
        List<Map<String, Object>> entries = Fields.mappings(c.source().mapping(c.root().resolve("_data/navigation.yml"))
                .get("main"));
        List<Map<String, Object>> nav = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            Optional<String> title = Fields.text(entry, "title").map(Fields::plain);
            Optional<String> url = Fields.text(entry, "url");
            if (title.isEmpty() || url.isEmpty()) {
                continue;
            }
            Optional<String> target = navTarget(url.get());
            if (target.isEmpty()) {
                c.report().dropped("_data/navigation.yml", "menu entry '" + title.get() + "' (" + url.get()
                        + "): the new site has no such page");
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", title.get());
            item.put("url", target.get());
            nav.add(item);
        }
        if (!nav.isEmpty()) {
            c.out().site.put("nav", nav);
            c.report().item("menu entry", "_data/navigation.yml", nav.size() + " entries as site.yaml's nav");
        }
    }

    private Optional<String> navTarget(String url) {
        if (url.matches("https?://.*")) {
            return Optional.of(url);
        }
        String path = url.replaceAll("^/+|/+$", "").toLowerCase(Locale.ROOT);
        NewContent out = c.out();
        Map<String, Boolean> sections = Map.of("publications", !out.publications.isEmpty(),
                "talks", !out.talks.isEmpty(), "teaching", !out.teaching.isEmpty(), "cv", true,
                "projects", !out.projects.isEmpty(), "portfolio", !out.projects.isEmpty(),
                "year-archive", !out.posts.isEmpty(), "posts", !out.posts.isEmpty(), "blog", !out.posts.isEmpty());
        if (sections.getOrDefault(path, false)) {
            return Optional.of(switch (path) {
                case "portfolio" -> "/projects";
                case "year-archive", "posts" -> "/blog";
                default -> "/" + path;
            });
        }
        String slug = Fields.slug(path.replace('/', '-'));
        return out.pages.containsKey(slug + ".md") ? Optional.of("/" + slug) : Optional.empty();
    }
}
