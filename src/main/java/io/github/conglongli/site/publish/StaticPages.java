package io.github.conglongli.site.publish;

import com.github.benmanes.caffeine.cache.Cache;
import io.github.conglongli.site.publish.PageCache.Entry;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files of one snapshot that are not made from content: the owner's {@code static/} and the
 * theme's. They come first in a build, since page addresses carry their hashes
 * ({@link #assetUrl}); they share the snapshot's cache (and its weight budget) with the pages.
 */
final class StaticPages {

    /** Larger static files are streamed from disk rather than held in memory. */
    static final long MAX_CACHED_FILE_BYTES = 2L << 20;

    private final StaticFiles statics;
    private final Cache<String, Entry> cache;

    StaticPages(StaticFiles statics, Cache<String, Entry> cache) {
        this.statics = statics;
        this.cache = cache;
    }

    StaticFiles statics() {
        return statics;
    }

    /** The owner's file at {@code path}, or else the theme's. */
    Optional<Page> file(String path) {
        return statics.find(path).isPresent() ? ownerFile(path) : Theme.page(path);
    }

    /** The owner's file at {@code path} in static/, if it is there and small enough to hold. */
    Optional<Page> ownerFile(String path) {
        Optional<StaticFile> file = statics.find(path);
        if (file.isEmpty() || file.get().size() > MAX_CACHED_FILE_BYTES) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.get(path, p -> load(file.get()))).map(Entry::page);
    }

    /** A static file too large to keep in memory, to be streamed. */
    Optional<StaticFile> largeFile(String path) {
        return statics.find(path).filter(f -> f.size() > MAX_CACHED_FILE_BYTES);
    }

    /** "style.css" becomes "/style.css?v=<hash of its bytes>", so browsers may cache it for good. */
    String assetUrl(String name) {
        String path = "/" + name;
        return file(path).map(page -> path + "?v=" + AssetVersion.of(page)).orElse(path);
    }

    /** The theme's files the owner has not replaced, to export with the static files. */
    List<String> themeFiles() {
        List<String> paths = new ArrayList<>();
        Theme.paths().forEach(path -> {
            if (statics.find(path).isEmpty()) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Takes over {@code previous}'s cached files that are unchanged (same path, size and time). */
    void takeOver(Cache<String, Entry> previous) {
        previous.asMap().forEach((path, entry) -> {
            if (entry.inputs() instanceof StaticFile file && statics.find(path).filter(file::equals).isPresent()) {
                cache.put(path, entry);
            }
        });
    }

    private static Entry load(StaticFile file) {
        try {
            return new Entry(file, Page.file(file.contentType(), StaticFiles.read(file),
                    Instant.ofEpochMilli(file.modified())));
        } catch (IOException e) {
            return null; // vanished or unreadable since the scan: answered as not found
        }
    }
}
