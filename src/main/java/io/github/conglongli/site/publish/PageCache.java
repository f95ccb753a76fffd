package io.github.conglongli.site.publish;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The pages of one snapshot, keyed by path. Rendered pages are put in when the snapshot is
 * built and weigh nothing, so they are never evicted; static files are read on first request
 * and kept while they fit the weight budget. A new snapshot brings a new cache, which is how
 * the whole cache is invalidated on reload.
 */
public final class PageCache {

    static final long MAX_WEIGHT_BYTES = 8L << 20;
    /** Larger files are streamed from disk rather than held in memory. */
    static final long MAX_CACHED_FILE_BYTES = 2L << 20;

    private final StaticFiles statics;
    private final Set<String> pinned = ConcurrentHashMap.newKeySet();
    private final Cache<String, Page> cache;

    PageCache(StaticFiles statics) {
        this(statics, null);
    }

    /**
     * A cache for a new snapshot that starts with the static files {@code previous} (the last
     * snapshot's cache, may be null) already holds, where the file is unchanged (same path, size
     * and modification time): a reload then reads and compresses only the files that changed.
     * Nothing refers to {@code previous} afterwards, so old snapshots do not pile up.
     */
    PageCache(StaticFiles statics, PageCache previous) {
        this.statics = statics;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT_BYTES)
                .weigher((String path, Page page) -> pinned.contains(path) ? 0 : page.weight())
                .build();
        if (previous != null) {
            previous.cache.asMap().forEach((path, page) -> {
                Optional<StaticFile> file = statics.find(path);
                if (!previous.pinned.contains(path) && file.isPresent() && file.equals(previous.statics.find(path))) {
                    cache.put(path, page);
                }
            });
        }
    }

    /** Adds rendered pages; they stay for the life of the snapshot. */
    void pin(Map<String, Page> pages) {
        pinned.addAll(pages.keySet());
        cache.putAll(pages);
    }

    /** The page at {@code path}, loading a static file on first use. */
    public Optional<Page> page(String path) {
        Page page = cache.getIfPresent(path);
        if (page != null) {
            return Optional.of(page);
        }
        Optional<StaticFile> file = statics.find(path);
        if (file.isEmpty() || file.get().size() > MAX_CACHED_FILE_BYTES) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.get(path, p -> load(file.get())));
    }

    /**
     * A page made on demand (a publication search), kept while it fits the weight budget, so
     * arbitrary queries cost one render each and can never exhaust memory.
     */
    public Page computeIfAbsent(String key, Function<String, Page> render) {
        return cache.get(key, render);
    }

    /** A static file too large to keep in memory, to be streamed. */
    public Optional<StaticFile> largeFile(String path) {
        return statics.find(path).filter(f -> f.size() > MAX_CACHED_FILE_BYTES);
    }

    private static Page load(StaticFile file) {
        try {
            return Page.file(file.contentType(), StaticFiles.read(file), Instant.ofEpochMilli(file.modified()));
        } catch (IOException e) {
            return null; // vanished or unreadable since the scan: answered as not found
        }
    }

    long estimatedSize() {
        return cache.estimatedSize();
    }

    /** Runs pending evictions now (they otherwise happen during later operations). */
    void cleanUp() {
        cache.cleanUp();
    }
}
