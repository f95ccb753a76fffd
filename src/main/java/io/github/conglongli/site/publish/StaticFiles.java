package io.github.conglongli.site.publish;

import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files under {@code static/}, indexed by URL path when a snapshot is built. Requests are
 * answered only by looking a path up in this index, never by joining a request path onto the
 * file system, so no encoding trick can reach outside the directory. Dotfiles and links that
 * point outside the directory are left out of the index.
 */
public final class StaticFiles {

    /** A file found under the static directory. */
    public record StaticFile(String urlPath, Path file, long size, long modified, String contentType) {}

    private final Map<String, StaticFile> byPath;
    private final String fingerprint;

    private StaticFiles(Map<String, StaticFile> byPath) {
        this.byPath = Map.copyOf(byPath);
        StringBuilder s = new StringBuilder();
        new TreeMap<>(byPath).values().forEach(f -> s.append(f.urlPath()).append('|').append(f.size())
                .append('|').append(f.modified()).append('\n'));
        this.fingerprint = s.toString();
    }

    public static StaticFiles empty() {
        return new StaticFiles(Map.of());
    }

    /** Indexes {@code dir}; a missing directory is simply empty. */
    public static StaticFiles scan(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return empty();
        }
        Path root = dir.toRealPath();
        Map<String, StaticFile> files = new TreeMap<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 16, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(root) && (isHidden(d) || !d.toRealPath().startsWith(root))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !isHidden(file) && file.toRealPath().startsWith(root)) {
                    StringBuilder url = new StringBuilder();
                    for (Path part : root.relativize(file)) {
                        url.append('/').append(part);
                    }
                    String name = file.getFileName().toString();
                    files.put(url.toString(), new StaticFile(url.toString(), file.toRealPath(), attrs.size(),
                            attrs.lastModifiedTime().toMillis(), MediaTypes.forFile(name)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return new StaticFiles(files);
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    public Optional<StaticFile> find(String urlPath) {
        return Optional.ofNullable(byPath.get(urlPath));
    }

    /** The file at {@code urlPath} read now, uncached (for {@code check}, which serves nothing). */
    public Optional<Page> read(String urlPath) {
        try {
            StaticFile file = byPath.get(urlPath);
            return file == null ? Optional.empty() : Optional.of(Page.of(200, file.contentType(), read(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public Map<String, StaticFile> all() {
        return byPath;
    }

    /** Changes whenever a file is added, removed, resized or touched. */
    String fingerprint() {
        return fingerprint;
    }

    static byte[] read(StaticFile file) throws IOException {
        // re-check at read time: the directory may have changed since the scan
        if (Files.isSymbolicLink(file.file()) || !Files.isRegularFile(file.file(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("no longer a regular file: " + file.file());
        }
        return Files.readAllBytes(file.file());
    }
}
