package io.github.conglongli.site.export;

import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Writes a snapshot as a static site: each page at {@code path/index.html} (or at its own name
 * when the path has an extension, e.g. {@code feed.xml}), {@code 404.html}, and every static
 * file, byte for byte what the server sends without compression. Rendered pages win over
 * static files of the same name, as they do in the server. Searches need the server, so a
 * static host has none (it would ignore the query), unless the snapshot was made for one with a
 * search page of its own (export --search), whose script, index and page are routes like any other.
 */
public final class SiteExporter {

    /** Marks a directory as written by us, so a later export may replace its contents. */
    static final String MARKER = ".site-export";

    /** What was written: output-relative file name to byte count. */
    public record Result(Map<String, Long> files) {
        public long totalBytes() {
            return files.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Refusing to export into a directory that holds other files, so nothing is lost. */
    public static final class NotEmptyException extends IOException {
        NotEmptyException(Path dir) {
            super("output directory " + dir + " is not empty and was not made by export; "
                    + "choose an empty or new directory");
        }
    }

    private SiteExporter() {}

    public static Result export(Snapshot snapshot, Path outDir) throws IOException {
        prepare(outDir);
        Map<String, Long> written = new TreeMap<>();
        for (Map.Entry<String, StaticFile> entry : snapshot.statics().all().entrySet()) {
            String name = entry.getKey().substring(1);
            Path target = resolve(outDir, name);
            Files.createDirectories(target.getParent());
            Files.copy(entry.getValue().file(), target, StandardCopyOption.REPLACE_EXISTING);
            written.put(name, Files.size(target));
        }
        for (String path : snapshot.pages().themeFiles()) {
            write(outDir, path.substring(1), snapshot.pages().page(path).orElseThrow(), written);
        }
        // each page straight to disk, a few at a time (one per core: drawing and compressing the
        // link-preview cards is most of the work), so a large site's pages never all sit in memory
        Map<String, Long> pages = new ConcurrentHashMap<>();
        try {
            snapshot.pages().pages().paths().toList().parallelStream().forEach(path -> {
                try {
                    write(outDir, fileFor(path), snapshot.pages().page(path).orElseThrow(), pages);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        written.putAll(pages);
        write(outDir, "404.html", snapshot.notFound(), written);
        Files.writeString(outDir.resolve(MARKER), snapshot.site().version() + "\n", StandardCharsets.UTF_8);
        return new Result(written);
    }

    /** "/" is index.html; "/publications" is publications/index.html; "/feed.xml" stays feed.xml. */
    static String fileFor(String path) {
        if (path.equals("/")) {
            return "index.html";
        }
        String name = path.substring(1);
        String last = name.substring(name.lastIndexOf('/') + 1);
        return last.contains(".") ? name : name + "/index.html";
    }

    private static void write(Path outDir, String name, Page page, Map<String, Long> written) throws IOException {
        Path target = resolve(outDir, name);
        Files.createDirectories(target.getParent());
        Files.write(target, page.body());
        written.put(name, (long) page.body().length);
    }

    private static Path resolve(Path outDir, String name) throws IOException {
        Path target = outDir.resolve(name).normalize();
        if (!target.startsWith(outDir.normalize())) {
            throw new IOException("refusing to write outside the output directory: " + name);
        }
        return target;
    }

    private static void prepare(Path outDir) throws IOException {
        if (Files.isDirectory(outDir)) {
            boolean empty;
            try (Stream<Path> entries = Files.list(outDir)) {
                empty = entries.findAny().isEmpty();
            }
            if (!empty) {
                if (!Files.exists(outDir.resolve(MARKER))) {
                    throw new NotEmptyException(outDir);
                }
                clear(outDir);
            }
        }
        Files.createDirectories(outDir);
    }

    private static void clear(Path outDir) throws IOException {
        Files.walkFileTree(outDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(outDir)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
