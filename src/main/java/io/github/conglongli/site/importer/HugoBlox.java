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

/**
 * Hugo Blox / Wowchemy (Hugo): the owner's author profile ({@code data/authors/*.yaml} or
 * {@code content/authors/admin/_index.md}), a folder per publication, event (talk), project and
 * post, each {@code index.md} with its files beside it, and {@code config/_default/}.
 */
final class HugoBlox {

    private static final Map<String, String> CSL_TYPES = Map.ofEntries(
            Map.entry("paper-conference", "conference"), Map.entry("1", "conference"),
            Map.entry("article-journal", "journal"), Map.entry("2", "journal"), Map.entry("article", "journal"),
            Map.entry("article-magazine", "journal"), Map.entry("article-newspaper", "journal"),
            Map.entry("preprint", "preprint"), Map.entry("3", "preprint"), Map.entry("manuscript", "preprint"),
            Map.entry("report", "preprint"), Map.entry("4", "preprint"), Map.entry("thesis", "preprint"),
            Map.entry("7", "preprint"), Map.entry("book", "journal"), Map.entry("5", "journal"),
            Map.entry("chapter", "conference"), Map.entry("6", "conference"), Map.entry("patent", "preprint"),
            Map.entry("8", "preprint"));
    private static final Map<String, String> URL_LINKS = Map.of("url_pdf", "pdf", "url_code", "code",
            "url_slides", "slides", "url_video", "video", "url_poster", "poster", "url_project", "project",
            "url_source", "website", "url_preprint", "pdf");
    private static final List<String> OWNER_IDS = List.of("admin", "me");

    private final ImportContext c;
    private final Map<String, List<String>> papersOfProject = new LinkedHashMap<>();
    private String owner = "Your Name";
    private String ownerId = "admin";

    HugoBlox(ImportContext c) {
        this.c = c;
    }

    void run() {
        Map<String, Object> hugo = config("hugo.yaml", "config.yaml");
        Map<String, Object> params = config("params.yaml");
        profile();
        site(hugo, params);
        for (String section : List.of("publication", "publications")) {
            bundles(section).forEach(file -> c.guarded(file, this::publication));
        }
        for (String section : List.of("event", "events", "talk", "talks")) {
            bundles(section).forEach(file -> c.guarded(file, this::talk));
        }
        for (String section : List.of("project", "projects")) {
            bundles(section).forEach(file -> c.guarded(file, this::project));
        }
        for (String section : List.of("post", "posts", "blog")) {
            for (Path file : bundles(section)) {
                c.guarded(file, this::post);
            }
        }
        for (String other : List.of("content/_index.md", "content/experience.md", "content/home.md")) {
            if (Files.isRegularFile(c.root().resolve(other))) {
                c.report().dropped(other, "a page of Hugo Blox blocks (widgets): this engine's home and CV pages are "
                        + "made from the profile and experience");
            }
        }
    }

    private void post(Path file) {
        SourceText.Document doc = c.source().document(file);
        boolean bundle = file.getFileName().toString().equals("index.md");
        String slug = bundle ? file.getParent().getFileName().toString() : Fields.baseName(file.getFileName().toString());
        c.post(doc.front(), doc.body(), c.source().name(file), "post", bundle
                ? Optional.of(new LocalFiles.Bundle(file.getParent(), "/blog-files/" + Fields.slug(slug)))
                : Optional.empty(), slug);
    }

    /** The first configuration file of these names, in config/_default/ or at the top, in YAML or TOML. */
    private Map<String, Object> config(String... names) {
        return config(c.source(), c.root(), names);
    }

    /** Hugo's site configuration (hugo.yaml or config.yaml, YAML or TOML): for the old site's address. */
    static Map<String, Object> siteConfig(SourceText source, Path root) {
        return config(source, root, "hugo.yaml", "config.yaml");
    }

    private static Map<String, Object> config(SourceText source, Path root, String... names) {
        for (String dir : List.of("config/_default", "")) {
            for (String name : names) {
                for (String file : List.of(name, name.replace(".yaml", ".yml"), name.replace(".yaml", ".toml"))) {
                    Path path = root.resolve(dir).resolve(file);
                    if (Files.isRegularFile(path)) {
                        return source.mapping(path);
                    }
                }
            }
        }
        return Map.of();
    }

    private void site(Map<String, Object> hugo, Map<String, Object> params) {
        Map<String, Object> site = c.out().site;
        Map<String, Object> identity = Fields.mapping(Fields.mapping(params, "hugoblox"), "identity");
        String title = Fields.text(hugo, "title").map(Fields::plain)
                .or(() -> Fields.text(identity, "name").filter(n -> !n.equals("Your Name")))
                .orElse(owner);
        site.put("title", title);
        Optional<String> base = Fields.text(hugo, "baseURL").or(() -> Fields.text(hugo, "baseurl"))
                .filter(u -> u.matches("https?://[^/\\s]+.*"));
        site.put("base_url", base.map(u -> u.replaceAll("/+$", "")).orElseGet(() -> {
            c.report().guess("config/_default/hugo.yaml", "no baseURL: base_url set to https://example.org");
            return "https://example.org";
        }));
        if (base.filter(u -> u.contains("example.com")).isPresent()) {
            c.report().guess("config/_default/hugo.yaml", "baseURL is the template's example.com: set base_url to "
                    + "the site's address");
        }
        Fields.text(hugo, "languageCode").map(l -> l.replace('_', '-'))
                .filter(io.github.conglongli.site.content.SiteConfig::isLanguageTag)
                .ifPresent(l -> site.put("language", l));
        Fields.text(identity, "description").or(() -> Fields.text(params, "description")).map(Fields::plain)
                .ifPresent(d -> site.put("description", d));
        site.put("owner", owner);
    }

    private void profile() {
        Map<String, Object> author = Map.of();
        String body = "";
        String where = "";
        Path data = c.root().resolve("data/authors");
        for (Path file : files(data, 1)) {
            if (!file.toString().matches(".*\\.ya?ml$")) {
                continue;
            }
            Map<String, Object> a = c.source().mapping(file);
            if (author.isEmpty() || Fields.isTrue(a, "is_owner")) {
                author = a;
                where = c.source().name(file);
                ownerId = Fields.text(a, "slug").orElse(file.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
            }
        }
        Path admin = c.root().resolve("content/authors/admin/_index.md");
        if (author.isEmpty() && Files.isRegularFile(admin)) {
            SourceText.Document doc = c.source().document(admin);
            author = doc.front();
            body = doc.body();
            where = "content/authors/admin/_index.md";
        }
        Map<String, Object> p = c.out().profile;
        Map<String, Object> found = author;
        Map<String, Object> name = Fields.mapping(author, "name");
        owner = Fields.text(name, "display").or(() -> Fields.text(found, "name")).or(() -> Fields.text(found, "title"))
                .map(Fields::plain).orElse(owner);
        p.put("name", owner);
        if (where.isEmpty()) {
            c.report().guess("content/authors", "no author profile found: the owner is '" + owner + "'");
            return;
        }
        Fields.text(author, "role").map(Fields::plain).ifPresent(r -> p.put("role", r));
        List<Map<String, Object>> orgs = Fields.mappings(author.containsKey("affiliations") ? author.get("affiliations")
                : author.get("organizations"));
        if (!orgs.isEmpty()) {
            Fields.text(orgs.get(0), "name").map(Fields::plain).ifPresent(o -> p.put("affiliation", o));
        }
        avatar(where).ifPresent(photo -> {
            p.put("photo", photo);
            p.put("photo_alt", "Photo of " + owner);
        });
        List<String> emails = new ArrayList<>();
        Fields.text(author, "email").filter(e -> e.contains("@")).ifPresent(emails::add);
        List<Map<String, Object>> links = new ArrayList<>();
        List<Map<String, Object>> given = Fields.mappings(author.containsKey("links") ? author.get("links")
                : author.get("social"));
        for (Map<String, Object> l : given) {
            Optional<String> url = Fields.first(l, "url", "link");
            if (url.isEmpty()) {
                continue;
            }
            if (url.get().startsWith("mailto:")) {
                String email = url.get().substring(7);
                if (!emails.contains(email)) {
                    emails.add(email);
                }
                continue;
            }
            String icon = Fields.text(l, "icon").orElse("").replaceFirst(".*/", "");
            String label = Fields.first(l, "label", "name").map(Fields::plain)
                    .or(() -> hostLabel(url.get())).orElse(iconLabel(icon));
            c.link(url.get(), where + " links").filter(u -> !u.startsWith("#") && !u.startsWith("/#")).ifPresent(u -> {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("label", label);
                link.put("url", u);
                links.add(link);
            });
        }
        if (!emails.isEmpty()) {
            p.put("emails", emails);
        }
        if (!links.isEmpty()) {
            p.put("links", links);
        }
        String bio = Fields.text(author, "bio").orElse("");
        String text = c.markdown(body, where, Optional.empty()).strip();
        String all = String.join("\n\n", Stream.of(bio.strip(), text).filter(s -> !s.isEmpty()).toList());
        if (!all.isEmpty()) {
            p.put("bio", all);
        }
        List<String> interests = Fields.texts(author, "interests");
        if (!interests.isEmpty()) {
            p.put("research_interests", String.join(", ", interests.stream().map(Fields::plain).toList()) + ".");
        }
        c.report().item("profile", where, owner);
        education(author, where);
        experience(author, where);
        skills(author, where);
        c.unused("author profile", author, List.of("name", "title", "role", "affiliations", "organizations", "email",
                "links", "social", "bio", "interests", "education", "experience", "skills", "slug", "is_owner",
                "schema", "first_name", "last_name", "superuser", "user_groups"), where);
    }

    private Optional<String> avatar(String where) {
        for (String dir : List.of("content/authors/admin", "assets/media/authors", "content/authors/" + ownerId)) {
            for (Path file : files(c.root().resolve(dir), 1)) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.matches("(avatar|" + ownerId + ")\\.(jpe?g|png|webp|gif)")) {
                    String target = "/" + name.replaceFirst("^[^.]+", "avatar");
                    c.out().copy(target, file);
                    return Optional.of(target);
                }
            }
        }
        return Optional.empty();
    }

    /** The name of a well-known profile site, from its address (icons such as graduation-cap say little). */
    private static Optional<String> hostLabel(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        for (var known : List.of(Map.entry("scholar.google.", "Google Scholar"), Map.entry("github.com", "GitHub"),
                Map.entry("linkedin.com", "LinkedIn"), Map.entry("orcid.org", "ORCID"), Map.entry("twitter.com", "X (Twitter)"),
                Map.entry("//x.com", "X (Twitter)"), Map.entry("researchgate.net", "ResearchGate"),
                Map.entry("dblp.", "DBLP"), Map.entry("semanticscholar.org", "Semantic Scholar"),
                Map.entry("bsky.app", "Bluesky"), Map.entry("youtube.com", "YouTube"))) {
            if (u.contains(known.getKey())) {
                return Optional.of(known.getValue());
            }
        }
        return Optional.empty();
    }

    private static String iconLabel(String icon) {
        String i = icon.toLowerCase(Locale.ROOT);
        return switch (i) {
            case "google-scholar", "ai-google-scholar" -> "Google Scholar";
            case "github" -> "GitHub";
            case "linkedin" -> "LinkedIn";
            case "x", "twitter" -> "X (Twitter)";
            case "orcid" -> "ORCID";
            case "" -> "Link";
            default -> Character.toUpperCase(i.charAt(0)) + i.substring(1).replace('-', ' ');
        };
    }

    private void education(Map<String, Object> author, String where) {
        Object value = author.get("education");
        List<Map<String, Object>> items = value instanceof Map<?, ?> m
                ? Fields.mappings(((Map<?, ?>) m).get("courses")) : Fields.mappings(value);
        for (Map<String, Object> e : items) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("degree", Fields.first(e, "degree", "course", "area").map(Fields::plain).orElse("Degree"));
            item.put("institution", Fields.text(e, "institution").map(Fields::plain).orElse("Unknown institution"));
            boolean dated = e.containsKey("start")
                    ? Periods.put(e.get("start"), e.containsKey("end") ? e.get("end") : null, item, where, c.report())
                    : Fields.text(e, "year").map(y -> Periods.put(y, item, where, c.report())).orElse(false);
            if (!dated) {
                c.report().dropped(where, "degree '" + item.get("degree") + "' without a year");
                continue;
            }
            Fields.text(e, "summary").map(s -> List.of(Fields.plain(s))).ifPresent(n -> item.put("notes", n));
            c.out().education.add(item);
            c.report().item("degree", where, item.get("degree") + ", " + item.get("institution"));
        }
    }

    private void experience(Map<String, Object> author, String where) {
        for (Map<String, Object> e : Fields.mappings(author.get("experience"))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", Fields.first(e, "role", "title").map(Fields::plain).orElse("Position"));
            item.put("organization", Fields.first(e, "org", "company", "organization").map(Fields::plain)
                    .orElse("Unknown organization"));
            if (!Periods.put(e.get("start"), e.get("end"), item, where, c.report())) {
                c.report().dropped(where, "position '" + item.get("title") + "' without a start date");
                continue;
            }
            Fields.text(e, "summary").ifPresent(s -> item.put("description", s.strip()));
            c.out().positions.add(item);
            c.report().item("position", where, item.get("title") + ", " + item.get("organization"));
        }
    }

    private void skills(Map<String, Object> author, String where) {
        for (Map<String, Object> s : Fields.mappings(author.get("skills"))) {
            List<String> names = new ArrayList<>();
            for (Map<String, Object> i : Fields.mappings(s.get("items"))) {
                Fields.text(i, "name").map(Fields::plain).ifPresent(names::add);
            }
            names.addAll(Fields.texts(s, "items"));
            Optional<String> category = Fields.first(s, "name", "category").map(Fields::plain);
            if (category.isPresent() && !names.isEmpty()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("category", category.get());
                item.put("text", String.join(", ", names));
                c.out().skills.add(item);
                c.report().item("skill", where, category.get());
            }
        }
    }

    /** The item files of a content section: {@code index.md} bundles in folders and single {@code *.md} files, not {@code _index.md}. */
    private List<Path> bundles(String section) {
        Path dir = c.root().resolve("content").resolve(section);
        List<Path> out = new ArrayList<>();
        for (Path p : files(dir, 2)) {
            String name = p.getFileName().toString();
            boolean bundleIndex = name.equals("index.md") && p.getParent().getParent().equals(dir);
            boolean single = p.getParent().equals(dir) && name.endsWith(".md") && !name.startsWith("_");
            if (bundleIndex || single) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> files(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slugOf(Path file) {
        return Fields.slug(file.getFileName().toString().equals("index.md") ? file.getParent().getFileName().toString()
                : Fields.baseName(file.getFileName().toString()));
    }

    private Optional<LocalFiles.Bundle> bundleOf(Path file, String prefix) {
        return file.getFileName().toString().equals("index.md")
                ? Optional.of(new LocalFiles.Bundle(file.getParent(), prefix + slugOf(file))) : Optional.empty();
    }

    private void publication(Path file) {
        String where = c.source().name(file);
        SourceText.Document doc = c.source().document(file);
        Map<String, Object> f = doc.front();
        Optional<String> title = Fields.text(f, "title").map(Fields::plain);
        Optional<LooseDate> date = LooseDate.parse(f.get("date"));
        if (date.isEmpty() && LooseDate.parse(f.get("publishDate")).isPresent()) {
            date = LooseDate.parse(f.get("publishDate"));
            c.report().guess(where, "no date: the page's publishDate taken as the paper's");
        }
        if (title.isEmpty() || date.isEmpty()) {
            c.report().dropped(where, "publication without " + (title.isEmpty() ? "a title" : "a date"));
            return;
        }
        Optional<LocalFiles.Bundle> bundle = bundleOf(file, "/papers/");
        Map<String, Object> paper = new LinkedHashMap<>();
        paper.put("title", title.get());
        List<String> authors = Fields.texts(f, "authors").stream()
                .map(a -> OWNER_IDS.contains(a) || a.equals(ownerId) ? owner : Fields.plain(a)).toList();
        if (authors.isEmpty()) {
            c.report().guess(where, "no authors: written as " + owner + " alone");
            authors = List.of(owner);
        }
        paper.put("authors", authors);
        Optional<String> full = Fields.text(f, "publication").map(HugoBlox::venueText).filter(s -> !s.isEmpty());
        Optional<String> shortName = Fields.text(f, "publication_short").map(HugoBlox::venueText).filter(s -> !s.isEmpty());
        String venue = shortName.or(() -> full).orElseGet(() -> {
            c.report().guess(where, "no publication: venue written as 'Unpublished'");
            return "Unpublished";
        });
        paper.put("venue", venue);
        if (shortName.isPresent() && full.isPresent()) {
            paper.put("venue_full", full.get());
        }
        List<String> types = Fields.texts(f, "publication_types");
        String type = types.isEmpty() ? null : CSL_TYPES.get(types.get(0).toLowerCase(Locale.ROOT));
        if (type == null) {
            Optional<String> fromVenue = PaperKinds.typeFromVenue(venue + " " + full.orElse(""));
            type = fromVenue.orElse("journal");
            c.report().guess(where, "publication type '" + type + "' taken from " + (fromVenue.isPresent()
                    ? "the venue" : "nothing (the default)") + (types.isEmpty() ? "" : "; '" + types.get(0)
                    + "' is no type this engine has"));
        } else if (!List.of("paper-conference", "1", "article-journal", "2", "article", "preprint", "3")
                .contains(types.get(0).toLowerCase(Locale.ROOT))) {
            c.report().guess(where, "publication type '" + types.get(0) + "' written as '" + type + "'");
        }
        paper.put("type", type);
        paper.put("year", date.get().year());
        if (date.get().hasMonth()) {
            paper.put("date", date.get().iso());
        }
        Fields.text(f, "doi").map(d -> d.replaceFirst("^https?://(dx\\.)?doi\\.org/", ""))
                .filter(d -> d.matches("10\\.\\d{4,9}/\\S+")).ifPresent(d -> paper.put("doi", d));
        Fields.text(Fields.mapping(Fields.mapping(f, "hugoblox"), "ids"), "arxiv")
                .filter(a -> a.matches("\\d{4}\\.\\d{4,5}(v\\d+)?")).ifPresent(a -> paper.put("arxiv", a));
        if (Fields.isTrue(f, "featured")) {
            paper.put("selected", true);
        }
        Fields.text(f, "abstract").or(() -> Fields.text(f, "summary"))
                .map(a -> c.markdown(a, where, bundle).strip()).ifPresent(a -> paper.put("abstract", a));
        String slug = slugOf(file);
        paper.put("slug", slug);
        Map<String, Object> links = links(f, where, bundle, URL_LINKS,
                Map.of("pdf", "pdf", "code", "code", "slides", "slides", "video", "video", "poster", "poster",
                        "project", "project", "source", "website", "blog", "blog", "website", "website",
                        "site", "website"));
        if (!links.isEmpty()) {
            paper.put("links", links);
        }
        for (String project : Fields.texts(f, "projects")) {
            papersOfProject.computeIfAbsent(Fields.slug(project), k -> new ArrayList<>()).add(slug);
        }
        if (!doc.body().isBlank()) {
            c.report().dropped(where, "the page text under the front matter: a paper's page shows its abstract");
        }
        if (Files.isRegularFile(file.resolveSibling("cite.bib"))) {
            c.report().unusedField("publication", "cite.bib", where, "the same data as index.md; this engine writes "
                    + "each paper's BibTeX itself");
        }
        c.unused("publication", f, List.of("title", "authors", "date", "publication", "publication_short",
                "publication_types", "doi", "featured", "abstract", "summary", "projects", "links", "hugoblox",
                "url_pdf", "url_code", "url_slides", "url_video", "url_poster", "url_project", "url_source",
                "url_preprint", "url_dataset", "publishDate", "tags", "image"), where);
        c.out().publications.add(paper);
        c.report().item("publication", where, title.get() + " (" + date.get().year() + ")");
    }

    /** A venue as Hugo Blox writes it ({@code In *Wowchemy Conference*}) as plain text. */
    private static String venueText(String text) {
        return TemplateCode.plain(Fields.plain(text)).replaceFirst("^In\\s+", "").replaceAll("[,.]$", "").strip();
    }

    /** {@code url_*} fields and {@code links: [{type|name, url}]} as the link kinds of this engine. */
    private Map<String, Object> links(Map<String, Object> f, String where, Optional<LocalFiles.Bundle> bundle,
            Map<String, String> urlFields, Map<String, String> types) {
        Map<String, Object> links = new LinkedHashMap<>();
        urlFields.forEach((field, kind) -> Fields.text(f, field)
                .flatMap(u -> c.files().link(u, where + " " + field, bundle))
                .filter(u -> !u.equals("#")).ifPresent(u -> links.putIfAbsent(kind, u)));
        for (Map<String, Object> l : Fields.mappings(f.get("links"))) {
            Optional<String> url = Fields.text(l, "url");
            if (url.isEmpty()) {
                continue;
            }
            String type = Fields.first(l, "type", "name", "icon").orElse("").toLowerCase(Locale.ROOT)
                    .replaceFirst(".*/", "");
            String kind = types.entrySet().stream().filter(e -> type.contains(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (kind == null || links.containsKey(kind)) {
                c.report().dropped(where, "link '" + Fields.first(l, "name", "type").orElse(url.get()) + "' ("
                        + url.get() + "): " + (kind == null ? "no such kind of link here" : "a second " + kind + " link"));
                continue;
            }
            c.files().link(url.get(), where, bundle).filter(u -> !u.equals("#")).ifPresent(u -> links.put(kind, u));
        }
        for (String field : List.of("url_dataset", "url_preprint")) {
            if (!urlFields.containsKey(field)) {
                Fields.text(f, field).ifPresent(u -> c.report().dropped(where, field + " " + u + ": no such kind of link"));
            }
        }
        return links;
    }

    private void talk(Path file) {
        String where = c.source().name(file);
        SourceText.Document doc = c.source().document(file);
        Map<String, Object> f = doc.front();
        Optional<String> title = Fields.text(f, "title").map(Fields::plain);
        Optional<LooseDate> date = LooseDate.parse(f.get("event_start")).or(() -> LooseDate.parse(f.get("date")));
        if (title.isEmpty() || date.isEmpty() || !date.get().hasMonth()) {
            c.report().dropped(where, "event without " + (title.isEmpty() ? "a title" : "a date"));
            return;
        }
        Optional<LocalFiles.Bundle> bundle = bundleOf(file, "/talks-files/");
        Map<String, Object> talk = new LinkedHashMap<>();
        talk.put("title", title.get());
        talk.put("event", Fields.text(f, "event").or(() -> Fields.text(f, "event_name")).map(Fields::plain)
                .orElseGet(() -> {
                    c.report().guess(where, "no event name: written as the location or 'Talk'");
                    return Fields.text(f, "location").map(Fields::plain).orElse("Talk");
                }));
        talk.put("date", date.get().iso());
        Map<String, Object> address = Fields.mapping(f, "address");
        String location = String.join(", ", Stream.of(Fields.text(f, "location"), Fields.text(address, "city"),
                Fields.text(address, "country")).flatMap(Optional::stream).map(Fields::plain).distinct().toList());
        if (!location.isEmpty()) {
            talk.put("location", location);
        }
        Map<String, Object> links = links(f, where, bundle, Map.of("url_slides", "slides", "url_video", "video",
                "event_url", "event"), Map.of("slides", "slides", "video", "video", "youtube", "video",
                "event", "event", "site", "event"));
        if (!links.isEmpty()) {
            talk.put("links", links);
        }
        Fields.text(f, "abstract").or(() -> Fields.text(f, "summary")).or(() -> Optional.of(doc.body().strip())
                .filter(s -> !s.isEmpty())).map(a -> c.markdown(a, where, bundle).strip())
                .ifPresent(a -> talk.put("abstract", a));
        c.unused("talk", f, List.of("title", "event", "event_name", "event_url", "event_start", "date", "location",
                "address", "url_slides", "url_video", "links", "abstract", "summary", "publishDate", "tags", "image",
                "event_end", "event_all_day", "authors", "featured"), where);
        c.out().talks.add(talk);
        c.report().item("talk", where, title.get() + " (" + date.get().iso() + ")");
    }

    private void project(Path file) {
        String where = c.source().name(file);
        SourceText.Document doc = c.source().document(file);
        Map<String, Object> f = doc.front();
        Optional<String> title = Fields.text(f, "title").map(Fields::plain);
        if (title.isEmpty()) {
            c.report().dropped(where, "project without a title");
            return;
        }
        Optional<LocalFiles.Bundle> bundle = bundleOf(file, "/projects-files/");
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("name", title.get());
        String body = doc.body().split("<!--more-->", 2)[0].strip();
        String summary = Fields.text(f, "summary").orElse(body.isEmpty() ? title.get() : body);
        project.put("summary", c.markdown(summary, where, bundle).strip());
        if (bundle.isPresent()) {
            for (Path img : files(file.getParent(), 1)) {
                if (img.getFileName().toString().matches("(?i)featured\\.(jpe?g|png|webp|gif)")) {
                    String target = bundle.get().target() + "/" + img.getFileName();
                    c.out().copy(target, img);
                    project.put("image", target);
                    project.put("image_alt", title.get());
                    break;
                }
            }
        }
        Map<String, Object> links = links(f, where, bundle, Map.of("external_link", "website", "url_code", "code",
                "url_pdf", "paper"), Map.of("site", "website", "website", "website", "code", "code", "github", "code",
                "pdf", "paper", "paper", "paper"));
        if (!links.isEmpty()) {
            project.put("links", links);
        }
        List<String> papers = papersOfProject.getOrDefault(slugOf(file), List.of());
        if (!papers.isEmpty()) {
            project.put("publications", papers);
        }
        if (!body.isEmpty() && Fields.text(f, "summary").isPresent()) {
            c.report().dropped(where, "the page text: a project here is its summary and links");
        }
        c.unused("project", f, List.of("title", "summary", "external_link", "url_code", "url_pdf", "links", "date",
                "tags", "image"), where);
        c.out().projects.add(project);
        c.report().item("project", where, title.get());
    }
}
