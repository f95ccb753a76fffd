package io.github.conglongli.site.importer;

import io.github.conglongli.site.content.bibtex.BibEntry;
import io.github.conglongli.site.content.bibtex.BibtexFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * al-folio (Jekyll, jekyll-scholar): {@code _config.yml}, the home page {@code _pages/about.md},
 * {@code _bibliography/papers.bib} (kept as BibTeX), {@code _news/}, {@code _posts/},
 * {@code _projects/}, the CV ({@code _data/cv.yml} or {@code assets/json/resume.json}), social
 * links, and the files under {@code assets/} the content refers to.
 */
record AlFolio(ImportContext c, String owner) {

    static String owner(Map<String, Object> config) {
        String name = String.join(" ", java.util.stream.Stream.of("first_name", "middle_name", "last_name")
                .map(k -> Fields.text(config, k).orElse("")).filter(s -> !s.isBlank()).toList());
        if (!name.isBlank()) {
            return Fields.plain(name);
        }
        return Fields.text(config, "title").filter(t -> !t.equalsIgnoreCase("blank")).map(Fields::plain)
                .orElse("Your Name");
    }

    void run(Map<String, Object> config) {
        Jekyll.copyFolders(c, "assets/pdf", "assets/img/publication_preview");
        Jekyll.site(c, config, owner);
        if (Fields.text(config, "title").filter(t -> t.equalsIgnoreCase("blank")).isPresent()) {
            c.out().site.put("title", owner);
        }
        aliases(config);
        profile(config);
        bibliography(config);
        news();
        Jekyll.posts(c);
        projects();
        teachings();
        cv();
        Jekyll.pages(c, c.root().resolve("_pages"), List.of("about", "publications", "projects", "cv", "news",
                "blog", "repositories", "teaching", "people", "profiles", "dropdown", "404", "books", "talks"));
        Jekyll.unreadFolders(c, List.of("_bibliography", "_news", "_posts", "_projects", "_pages",
                "_teachings"));
        Jekyll.unreadData(c, List.of("cv.yml", "socials.yml", "coauthors.yml", "venues.yml"));
        if (Files.isRegularFile(c.root().resolve("_data/coauthors.yml"))) {
            c.report().dropped("_data/coauthors.yml", "co-author links: this engine has no per-author links yet");
        }
        venues();
    }

    /** jekyll-scholar's {@code last_name} and {@code first_name} lists: every spelling of the owner in author lists. */
    private void aliases(Map<String, Object> config) {
        Map<String, Object> scholar = Fields.mapping(config, "scholar");
        List<String> last = Fields.texts(scholar, "last_name");
        List<String> first = Fields.texts(scholar, "first_name");
        List<String> aliases = new ArrayList<>();
        for (String l : last) {
            for (String f : first) {
                String alias = Fields.plain(f + " " + l);
                if (!alias.equals(owner) && !aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
        }
        if (!aliases.isEmpty()) {
            c.out().site.put("owner_aliases", aliases);
        }
    }

    private void profile(Map<String, Object> config) {
        Map<String, Object> p = c.out().profile;
        p.put("name", owner);
        Path about = c.root().resolve("_pages/about.md");
        SourceText.Document doc = Files.isRegularFile(about) ? c.source().document(about)
                : new SourceText.Document(Map.of(), "");
        Map<String, Object> front = doc.front();
        Fields.first(front, "subtitle", "description").map(Fields::plain).filter(s -> !s.isBlank()).ifPresent(s -> {
            p.put("role", s);
            c.report().guess("_pages/about.md", "the subtitle '" + s + "' became the profile's role");
        });
        Map<String, Object> picture = Fields.mapping(front, "profile");
        Fields.text(picture, "image").flatMap(img -> c.link(img.startsWith("/") || img.startsWith("assets/")
                ? img : "/assets/img/" + img, "_pages/about.md profile.image")).filter(l -> l.startsWith("/"))
                .ifPresent(photo -> {
                    p.put("photo", photo);
                    p.put("photo_alt", "Photo of " + owner);
                });
        Fields.first(picture, "address", "more_info").map(Fields::plain).filter(s -> !s.isBlank()).ifPresent(a -> {
            p.put("location", a);
            c.report().guess("_pages/about.md", "profile.address became the profile's location: '" + a + "'");
        });
        List<String> emails = new ArrayList<>();
        Fields.text(config, "email").filter(e -> e.contains("@")).ifPresent(emails::add);
        Map<String, Object> socials = c.source().mapping(c.root().resolve("_data/socials.yml"));
        Fields.text(socials, "email").map(e -> e.replaceFirst("^mailto:", "")).filter(e -> e.contains("@"))
                .filter(e -> !emails.contains(e)).ifPresent(emails::add);
        if (!emails.isEmpty()) {
            p.put("emails", emails);
        }
        List<Map<String, Object>> links = new ArrayList<>(SocialLinks.all(socials));
        SocialLinks.all(config).stream().filter(l -> links.stream().noneMatch(o -> o.get("url").equals(l.get("url"))))
                .forEach(links::add);
        socials.forEach((key, value) -> {
            if (!key.equals("email") && !SocialLinks.isKnown(key) && value != null) {
                c.report().unusedField("_data/socials.yml", key, "_data/socials.yml", "not a network this engine knows");
            }
        });
        if (!links.isEmpty()) {
            p.put("links", links);
        }
        if (!doc.body().isBlank()) {
            p.put("bio", c.markdown(doc.body(), "_pages/about.md", Optional.empty()).strip());
            c.report().item("profile", "_pages/about.md", "home page text as the profile's bio");
        }
        for (String key : List.of("selected_papers", "news", "latest_posts", "social", "announcements")) {
            if (front.containsKey(key)) {
                c.report().unusedField("_pages/about.md", key, "_pages/about.md", "the home page shows selected papers "
                        + "(selected = true), news and posts whenever there are some");
            }
        }
    }

    private void bibliography(Map<String, Object> config) {
        Map<String, Object> scholar = Fields.mapping(config, "scholar");
        String source = Fields.text(scholar, "source").orElse("/_bibliography/").replaceAll("^/+|/+$", "");
        String name = Fields.text(scholar, "bibliography").orElse("papers.bib");
        Path bib = c.root().resolve(source.isEmpty() ? "_bibliography" : source).resolve(name);
        if (!Files.isRegularFile(bib)) {
            bib = c.root().resolve("_bibliography/papers.bib");
        }
        if (!Files.isRegularFile(bib)) {
            return;
        }
        String where = c.source().name(bib);
        Optional<String> text = c.source().text(bib);
        if (text.isEmpty()) {
            return;
        }
        // al-folio's file starts with an empty Jekyll front matter block ("---\n---"), which is no BibTeX
        String bibtex = text.get().replaceFirst("\\A\\s*---\\s*\n(?:.*\n)*?---\\s*\n", "");
        BibtexFile.Result parsed = BibtexFile.parse(bibtex.getBytes(StandardCharsets.UTF_8), where);
        bibtex = withoutBrokenEntries(bibtex, parsed, where);
        parsed = BibtexFile.parse(bibtex.getBytes(StandardCharsets.UTF_8), where);
        for (BibEntry e : parsed.entries().values()) {
            bibtex = withLocalFiles(bibtex, e, where + ":" + e.line());
            c.report().item("publication", where + ":" + e.line(),
                    e.field("title").orElse(e.key()) + " (" + e.field("year").orElse("no year") + ")");
        }
        parsed.warnings().forEach(w -> c.report().guess(where + ":" + w.line(), "BibTeX warning, kept as written: "
                + w.message()));
        c.out().bibtex(bibtex);
        c.report().guess(where, "kept as BibTeX in content/publications.bib: its al-folio fields (abbr, selected, "
                + "pdf, code, ...) are read there as the engine's BibTeX reader understands them");
    }

    /** The files al-folio's BibTeX fields name, by field, and the folder a bare file name is in. */
    private static final Map<String, String> FILE_FIELDS = Map.of("pdf", "/assets/pdf/", "supp", "/assets/pdf/",
            "poster", "/assets/pdf/", "slides", "/assets/pdf/", "preview", "/assets/img/publication_preview/");

    /**
     * The BibTeX text with each file an entry names made to work: a file in the checkout is copied;
     * one missing from it points at the old site, or its field is taken out when that address is unknown.
     */
    private String withLocalFiles(String bibtex, BibEntry e, String where) {
        String text = bibtex;
        for (Map.Entry<String, String> field : FILE_FIELDS.entrySet()) {
            Optional<String> value = e.field(field.getKey());
            if (value.isEmpty() || value.get().matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                continue;
            }
            String path = value.get().startsWith("/") ? value.get() : field.getValue() + value.get();
            Optional<String> link = c.link(path, where + " " + field.getKey());
            if (link.isPresent() && link.get().startsWith("/")) {
                continue;
            }
            Pattern written = Pattern.compile("(?im)^(\\s*" + field.getKey() + "\\s*=\\s*[{\"])"
                    + Pattern.quote(value.get()) + "([}\"]\\s*,?[ \\t]*)$\n?");
            Matcher m = written.matcher(text);
            if (m.find()) {
                text = link.isPresent() ? m.replaceFirst(Matcher.quoteReplacement(m.group(1) + link.get() + m.group(2)
                        + "\n")) : m.replaceFirst("");
            }
        }
        return text;
    }

    /**
     * The BibTeX text without the entries its parser could not read (each from its {@code @} line to
     * the next entry's), which go to broken-entries.bib beside content/ and into the report; the
     * entries around them stay.
     */
    private String withoutBrokenEntries(String bibtex, BibtexFile.Result parsed, String where) {
        if (parsed.errors().isEmpty()) {
            return bibtex;
        }
        List<String> lines = new ArrayList<>(List.of(bibtex.split("\n", -1)));
        boolean[] cut = new boolean[lines.size()];
        for (var error : parsed.errors()) {
            int at = Math.min(Math.max(error.line() - 1, 0), lines.size() - 1);
            int from = at;
            while (from > 0 && !lines.get(from).stripLeading().startsWith("@")) {
                from--;
            }
            int to = at + 1;
            while (to < lines.size() && !lines.get(to).stripLeading().startsWith("@")) {
                to++;
            }
            for (int i = from; i < to; i++) {
                cut[i] = true;
            }
            c.report().dropped(where + ":" + error.line(), "a BibTeX entry its parser cannot read (" + error.message()
                    + "): taken out, and kept in broken-entries.bib beside content/ to mend and paste back");
        }
        StringBuilder kept = new StringBuilder();
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            (cut[i] ? broken : kept).append(lines.get(i)).append(i < lines.size() - 1 ? "\n" : "");
        }
        c.out().beside.put("broken-entries.bib", broken.toString());
        return kept.toString();
    }

    private void news() {
        for (Path file : Jekyll.markdownFiles(c.root().resolve("_news"))) {
            try {
                String name = c.source().name(file);
                SourceText.Document doc = c.source().document(file);
                Map<String, Object> f = doc.front();
                Optional<LooseDate> date = LooseDate.parse(f.get("date"))
                        .or(() -> LooseDate.fromFileName(file.getFileName().toString()));
                if (date.isEmpty() || !date.get().hasMonth()) {
                    c.report().dropped(name, "news item without a date");
                    continue;
                }
                if (date.get().guessed()) {
                    c.report().guess(name, "date '" + f.getOrDefault("date", file.getFileName()) + "' read as "
                            + date.get().iso());
                }
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("date", date.get().iso());
                Optional<String> title = Fields.text(f, "title").map(Fields::plain);
                boolean inline = !Fields.text(f, "inline").map(v -> v.equalsIgnoreCase("false")).orElse(false);
                String body = c.markdown(doc.body(), name, Optional.empty()).strip();
                if (inline || title.isEmpty()) {
                    String text = body.isEmpty() ? title.orElse("") : body;
                    if (text.isEmpty()) {
                        c.report().dropped(name, "news item without text");
                        continue;
                    }
                    item.put("text", text);
                } else {
                    // a long announcement has a page of its own in al-folio: here, a post the news item links to
                    item.put("text", title.get());
                    Map<String, Object> front = new LinkedHashMap<>(f);
                    front.put("date", date.get().isoDay());
                    front.remove("inline");
                    c.post(front, doc.body(), name, "announcement post", Optional.empty(),
                            Fields.baseName(file.getFileName().toString().replaceFirst("^_", "")))
                            .ifPresent(url -> item.put("url", url));
                }
                c.unused("news item", f, List.of("date", "title", "inline", "layout"), name);
                c.out().news.add(item);
                c.report().item("news item", name, title.orElse(Fields.plain(body).length() > 60
                        ? Fields.plain(body).substring(0, 57) + "..." : Fields.plain(body)) + " (" + date.get().iso() + ")");
            } catch (RuntimeException | StackOverflowError e) {
                c.report().dropped(c.source().name(file), "could not be imported: " + e);
            }
        }
    }

    private void projects() {
        record Found(int importance, String name, Map<String, Object> project) {}
        List<Found> found = new ArrayList<>();
        c.eachTitled("_projects", "project", item -> {
            String name = item.name();
            SourceText.Document doc = item.doc();
            Map<String, Object> f = item.front();
            String title = item.title();
            Path file = item.file();
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("name", title);
            project.put("summary", Fields.text(f, "description").map(d -> c.markdown(d, name, Optional.empty()))
                    .orElse(title));
            Fields.text(f, "img").flatMap(img -> c.link(img, name + " img")).filter(l -> l.startsWith("/"))
                    .ifPresent(img -> {
                        project.put("image", img);
                        project.put("image_alt", title);
                    });
            Map<String, Object> links = new LinkedHashMap<>();
            Fields.text(f, "redirect").flatMap(u -> c.link(u, name + " redirect")).ifPresent(u -> links.put("website", u));
            Fields.first(f, "github", "code").flatMap(u -> c.link(u.matches("[\\w.-]+/[\\w.-]+")
                    ? "https://github.com/" + u : u, name)).ifPresent(u -> links.put("code", u));
            String body = doc.body().strip();
            if (!body.isEmpty() && !links.containsKey("website")) {
                String slug = Fields.slug(Fields.baseName(file.getFileName().toString()));
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("title", title);
                c.out().pages.put("projects/" + slug + ".md", new NewContent.MarkdownFile(page,
                        c.markdown(body, name, Optional.empty())));
                links.put("website", "/projects/" + slug);
                c.report().item("page", name, title + " (the project's page, /projects/" + slug + ")");
            }
            if (!links.isEmpty()) {
                project.put("links", links);
            }
            Fields.text(f, "category").ifPresent(cat -> c.report().unusedField("project", "category", name,
                    "projects are listed active first, without categories"));
            c.unused("project", f, List.of("title", "description", "img", "redirect", "github", "code", "importance",
                    "category", "layout"), name);
            int importance = Fields.text(f, "importance").filter(s -> s.matches("\\d{1,6}")).map(Integer::parseInt)
                    .orElse(Integer.MAX_VALUE);
            found.add(new Found(importance, name, project));
            c.report().item("project", name, title);
        });
        // al-folio orders projects by importance, lowest first; this engine keeps the file's order
        found.stream().sorted(Comparator.comparingInt(Found::importance))
                .forEach(f -> c.out().projects.add(f.project()));
    }

    /** Newer al-folio's {@code _teachings/}: a page per course with {@code year} and {@code term}. */
    private void teachings() {
        c.eachTitled("_teachings", "course", this::course);
    }

    private void course(ImportContext.TitledFile item) {
        String name = item.name();
        Map<String, Object> f = item.front();
        String title = item.title();
        Map<String, Object> course = new LinkedHashMap<>();
        course.put("title", title);
        course.put("institution", Fields.first(f, "institution", "university", "school", "location").map(Fields::plain)
                .orElseGet(() -> {
                    c.report().guess(name, "no institution: written as 'Unknown institution'");
                    return "Unknown institution";
                }));
        course.put("role", "instructor");
        c.report().guess(name, "role 'instructor' (the course page does not say)");
        String term = String.join(" ", java.util.stream.Stream.of(Fields.text(f, "term"), Fields.text(f, "year"))
                .flatMap(Optional::stream).toList());
        course.put("terms", List.of(term.isBlank() ? "Unknown term" : term));
        Fields.text(f, "course_id").or(() -> Fields.text(f, "code")).ifPresent(code -> course.put("code", code));
        Fields.text(f, "description").map(d -> c.markdown(d, name, Optional.empty()).strip())
                .ifPresent(d -> course.put("description", d));
        c.unused("course", f, List.of("title", "institution", "university", "school", "location", "term", "year",
                "course_id", "code", "description", "layout"), name);
        c.out().teaching.add(course);
        c.report().item("course", name, title);
    }

    /** {@code _data/venues.yml} as venues.yaml: each abbreviation's address and colour, as al-folio writes them. */
    private void venues() {
        Map<String, Object> venues = c.source().mapping(c.root().resolve("_data/venues.yml"));
        venues.forEach((abbr, value) -> {
            if (!(value instanceof Map<?, ?>)) {
                c.report().dropped("_data/venues.yml", "'" + abbr + "': expected url and color under it");
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> venue = (Map<String, Object>) value;
            Map<String, Object> badge = new LinkedHashMap<>();
            Fields.text(venue, "url").filter(u -> u.matches("https?://\\S+")).ifPresent(u -> badge.put("url", u));
            Fields.text(venue, "color").ifPresent(color -> {
                if (color.matches("#[0-9A-Fa-f]{6}|#[0-9A-Fa-f]{3}")) {
                    badge.put("color", color);
                } else {
                    c.report().dropped("_data/venues.yml", "'" + abbr + "' colour " + color + ": colours are written #rrggbb here");
                }
            });
            c.unused("venue", venue, List.of("url", "color"), "_data/venues.yml");
            c.out().venues.put(abbr, badge);
            c.report().item("venue badge", "_data/venues.yml", abbr);
        });
    }

    private void cv() {
        Path cvYaml = c.root().resolve("_data/cv.yml");
        Path resume = c.root().resolve("assets/json/resume.json");
        if (Files.isRegularFile(cvYaml)) {
            new CvSections(c, "_data/cv.yml").fromAlFolioCv(c.source().data(cvYaml).orElse(List.of()));
            if (Files.isRegularFile(resume)) {
                c.report().dropped("assets/json/resume.json", "_data/cv.yml was imported instead (al-folio shows one)");
            }
        } else if (Files.isRegularFile(resume)) {
            new CvSections(c, "assets/json/resume.json").fromJsonResume(c.source().mapping(resume));
        }
    }
}
