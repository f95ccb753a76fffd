package io.github.conglongli.site.content;

import io.github.conglongli.site.content.markdown.FrontMatter;
import io.github.conglongli.site.content.markdown.FrontMatterSplit;
import io.github.conglongli.site.content.markdown.MarkdownLimits;
import io.github.conglongli.site.content.markdown.MarkdownRenderer;
import io.github.conglongli.site.content.markdown.Removal;
import io.github.conglongli.site.content.markdown.RenderedMarkdown;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.content.source.LocalLink;
import io.github.conglongli.site.content.source.Problems;
import io.github.conglongli.site.content.source.SourceText;
import io.github.conglongli.site.content.yaml.FieldReader;
import io.github.conglongli.site.content.yaml.YamlNode;
import io.github.conglongli.site.content.yaml.YamlParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the Markdown files of {@code content/pages/} and {@code content/posts/}: front matter
 * (YAML, read like every other content file, errors at the file's own lines) and a body
 * rendered to sanitized HTML, whose removals become warnings.
 */
final class MarkdownFiles {

    static final String PAGES = "pages";
    static final String POSTS = "posts";
    private static final Pattern PAGE_PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");
    private static final Pattern POST_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9]+(-[a-z0-9]+)*)\\.md");

    /** A file read: its item (absent when it has errors), its errors, warnings and links to paths on the site. */
    record Read<T>(Optional<T> item, List<ContentError> errors, List<ContentError> warnings, List<LocalLink> links) {
        static <T> Read<T> failed(List<ContentError> errors) {
            return new Read<>(Optional.empty(), errors, List.of(), List.of());
        }
    }

    private final Path dir;
    private final String displayDir;
    private final YamlParser parser = new YamlParser();

    MarkdownFiles(Path dir, String displayDir) {
        this.dir = dir;
        this.displayDir = displayDir;
    }

    /** The names ("pages/group/join.md") of the files below {@code folder}, sorted; none when it is missing. */
    List<String> list(String folder, List<ContentError> errors) {
        Path root = dir.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 8)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (file.getFileName().toString().startsWith(".")) {
                    continue; // editors' swap and backup files
                }
                if (!name.endsWith(".md")) {
                    errors.add(ContentError.atFile(display(name), "only Markdown files (.md) belong in "
                            + folder + "/; put images and other files in static/"));
                    continue;
                }
                names.add(name);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(ContentError.atFile(display(folder), "cannot list directory: " + e));
        }
        return names;
    }

    Read<MarkdownPage> page(String name, byte[] bytes, MarkdownRenderer markdown) {
        String path = name.substring(PAGES.length() + 1, name.length() - ".md".length());
        if (!PAGE_PATH.matcher(path).matches()) {
            return failed(name, "a page's file name is its address: use lower-case letters, digits and dashes, "
                    + "e.g. pages/teaching.md or pages/group/join-us.md");
        }
        return read(name, bytes, markdown, (f, body) -> new MarkdownPage(path, f.text("title"),
                f.optionalText("description"), f.optionalInteger("nav", 1, 100), f.optionalDate("updated"),
                withContentsIfAsked(f, body), new Source(display(name), 1, 1)));
    }

    Read<Post> post(String name, byte[] bytes, MarkdownRenderer markdown) {
        String file = name.substring(POSTS.length() + 1);
        Matcher m = POST_NAME.matcher(file);
        if (file.contains("/") || !m.matches()) {
            return failed(name, "a post's file name is its date and address, e.g. posts/2026-01-05-hello-world.md");
        }
        return read(name, bytes, markdown, (f, body) -> {
            String title = f.text("title");
            Optional<String> date = f.optionalDate("date");
            Optional<String> description = f.optionalText("description");
            List<String> tags = f.texts("tags");
            boolean draft = f.flag("draft", false);
            return new Post(m.group(2), title, date.orElse(m.group(1)), description, tags, draft,
                    withContentsIfAsked(f, body), new Source(display(name), 1, 1));
        });
    }

    private <T> Read<T> read(String name, byte[] bytes, MarkdownRenderer markdown,
            BiFunction<FieldReader, RenderedMarkdown, T> fields) {
        Problems problems = new Problems(display(name));
        if (bytes.length > MarkdownLimits.MAX_FILE_BYTES) {
            problems.file("file is " + bytes.length + " bytes; a page or post is limited to "
                    + MarkdownLimits.MAX_FILE_BYTES + " bytes (split it into several pages)");
            return Read.failed(problems.errors());
        }
        Optional<String> text = SourceText.decode(bytes, problems);
        if (text.isEmpty()) {
            return Read.failed(problems.errors());
        }
        FrontMatterSplit split = FrontMatter.split(display(name), text.get());
        if (split instanceof FrontMatterSplit.Failed failed) {
            return Read.failed(List.of(failed.error()));
        }
        FrontMatter frontMatter = ((FrontMatterSplit.Found) split).frontMatter();
        Optional<YamlNode> yaml = parser.parse(frontMatter.yamlOnFileLines().getBytes(StandardCharsets.UTF_8),
                problems);
        if (yaml.isEmpty()) {
            return Read.failed(problems.errors());
        }
        if (!MarkdownLimits.check(frontMatter.body(), frontMatter.bodyLine(), problems)) {
            return Read.failed(problems.errors());
        }
        RenderedMarkdown body = markdown.render(frontMatter);
        FieldReader reader = FieldReader.root(yaml.get(), problems);
        T item = fields.apply(reader, body);
        reader.finish();
        List<ContentError> warnings = body.removals().stream().map(r -> warning(name, r)).toList();
        List<ContentError> errors = new ArrayList<>(problems.errors());
        body.errors().forEach(e -> errors.add(new ContentError(display(name), e.line(), e.column(), e.message())));
        List<LocalLink> links = new ArrayList<>(problems.links());
        body.references().forEach(ref -> links.add(new LocalLink(ref.path(), "link", display(name), ref.line(),
                ref.column())));
        return new Read<>(errors.isEmpty() ? Optional.of(item) : Optional.empty(), errors, warnings, links);
    }

    /** The body with its table of contents when the front matter says {@code toc: true}, else without. */
    private static RenderedMarkdown withContentsIfAsked(FieldReader f, RenderedMarkdown body) {
        return f.flag("toc", false) ? body : body.withoutContents();
    }

    private ContentError warning(String name, Removal removal) {
        return new ContentError(display(name), removal.line(), removal.column(), removal.message());
    }

    private <T> Read<T> failed(String name, String message) {
        return Read.failed(List.of(ContentError.atFile(display(name), message)));
    }

    private String display(String name) {
        return displayDir + "/" + name;
    }
}
