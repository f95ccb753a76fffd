package io.github.conglongli.site.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new site for one owner, as {@code init} writes it: the content files under
 * {@code src/main/resources/init/content/}, filled in with the owner's name, address and
 * language, and a copy of the built-in stylesheet in {@code static/}. It never overwrites a file:
 * an existing {@code content/} is refused, and an existing {@code static/} only gets what it lacks.
 */
public record NewSite(String ownerName, String baseUrl, String language, LocalDate today) {

    /** A file of the new site, relative to its directory, and what it is for. */
    public record Entry(Path path, String about) {}

    /** What {@link #writeInto} did. */
    public sealed interface Outcome {
        /** The site was written; {@code kept} are files of the owner's left as they were. */
        record Written(List<Entry> written, List<Entry> kept) implements Outcome {}

        /** Nothing was written, for {@code reason}. */
        record Refused(String reason) implements Outcome {}
    }

    /** A content file: its name in the resources, and what the owner finds in it. */
    private record Template(String name, String about) {}

    /** The draft post's template, written under the name of today's date. */
    private static final String POST = "posts/hello-world.md";
    private static final List<Template> CONTENT = List.of(
            new Template("site.yaml", "title, address, language; what goes where"),
            new Template("profile.yaml", "your name; role, photo, contacts and links to fill in"),
            new Template("publications.yaml", "one placeholder paper to replace with yours"),
            new Template("experience.yaml", "one position; education, skills and service to fill in"),
            new Template("news.yaml", "news: an example in comments, no page until you add an item"),
            new Template("talks.yaml", "talks: the same"),
            new Template("teaching.yaml", "courses: the same"),
            new Template("projects.yaml", "projects: the same"),
            new Template(POST, "a draft post: shown only with --dev"));
    private static final String RESOURCES = "/init/content/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String STYLESHEET = "style.css";
    private static final String STYLESHEET_HEADER = """
            /* Your copy of the built-in theme, served as /style.css: change it as you like.
               Delete this file to return to the built-in theme, which improves with every release. */
            """;

    public Outcome writeInto(Path dir) throws IOException {
        Path content = dir.resolve("content");
        Path statics = dir.resolve("static");
        String fresh = "init writes a new site into an empty or new directory";
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
            return new Outcome.Refused(dir + " is not a directory; " + fresh);
        }
        if (Files.exists(content, LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome.Refused(content + " already exists; " + fresh);
        }
        if (Files.exists(statics, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(statics)) {
            return new Outcome.Refused(statics + " is not a directory; " + fresh);
        }
        Files.createDirectories(dir);
        // written aside and renamed into place, so that content/ is whole or absent, and one
        // made meanwhile by someone else is refused rather than merged into; made as any directory
        // is (createTempDirectory would make it private, and content/ with it)
        Path staging = Files.createDirectory(dir.resolve(".init-" + UUID.randomUUID()));
        List<Entry> written = new ArrayList<>();
        try {
            for (Template template : CONTENT) {
                String name = template.name().equals(POST) ? postName() : template.name();
                Path file = staging.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, fill(template.name()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(new Entry(Path.of("content", name), template.about()));
            }
            try {
                Files.move(staging, content);
            } catch (FileAlreadyExistsException e) {
                return new Outcome.Refused(content + " already exists; " + fresh);
            }
        } finally {
            deleteTree(staging);
        }
        Files.createDirectories(statics);
        Entry stylesheet = new Entry(Path.of("static", STYLESHEET), "the theme's stylesheet, to adapt "
                + "(delete it to follow the built-in theme)");
        try {
            Files.write(statics.resolve(STYLESHEET), stylesheet(), StandardOpenOption.CREATE_NEW);
            written.add(stylesheet);
            return new Outcome.Written(written, List.of());
        } catch (FileAlreadyExistsException e) {
            return new Outcome.Written(written, List.of(new Entry(stylesheet.path(),
                    "yours, kept: it replaces the built-in theme")));
        }
    }

    /** The draft post's file name, dated today as posts are: {@code posts/2026-01-05-hello-world.md}. */
    String postName() {
        return "posts/" + today + "-hello-world.md";
    }

    /** A content template with the owner's values in place of its {@code {{placeholders}}}, in one pass. */
    String fill(String template) {
        Map<String, String> values = Map.of(
                "name", YamlScalar.of(ownerName),
                "base_url", YamlScalar.of(baseUrl),
                "language", YamlScalar.of(language),
                "year", String.valueOf(today.getYear()),
                "file", postName());
        String text = new String(resource(RESOURCES + template), StandardCharsets.UTF_8);
        return PLACEHOLDER.matcher(text).replaceAll(m -> {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(template + " has a placeholder without a value: " + m.group());
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** The built-in theme's stylesheet, with a first comment on how to go back to it. */
    static byte[] stylesheet() {
        byte[] header = STYLESHEET_HEADER.getBytes(StandardCharsets.UTF_8);
        byte[] theme = resource("/theme/" + STYLESHEET);
        byte[] both = new byte[header.length + theme.length];
        System.arraycopy(header, 0, both, 0, header.length);
        System.arraycopy(theme, 0, both, header.length, theme.length);
        return both;
    }

    private static byte[] resource(String name) {
        try (InputStream in = NewSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
