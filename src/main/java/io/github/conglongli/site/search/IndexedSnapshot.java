package io.github.conglongli.site.search;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The search index that goes with one snapshot, perhaps still being built: indexing runs on the
 * publisher's background executor, after the snapshot is swapped in, so it never delays the
 * first page or a reload. A search waits for it (a bounded time) rather than answer "no
 * results" from an index that is not there yet. Each snapshot's index is made from the last
 * one's ({@link SearchIndex#update}), in order, so a reload re-indexes only what changed.
 */
public final class IndexedSnapshot {

    private static final IndexedSnapshot NONE = new IndexedSnapshot(
            CompletableFuture.failedFuture(new IllegalStateException("this site is not searched (a static export)")));

    private final CompletableFuture<SearchIndex> index;

    private IndexedSnapshot(CompletableFuture<SearchIndex> index) {
        this.index = index;
    }

    /** No index: a site exported for a static host, which has no server to search with. */
    public static IndexedSnapshot none() {
        return NONE;
    }

    /** The index of {@code docs} (made on the indexing thread too), built on {@code indexer}. */
    public static IndexedSnapshot first(Supplier<List<SearchDocument>> docs, Executor indexer) {
        return new IndexedSnapshot(CompletableFuture.supplyAsync(() -> SearchIndex.of(docs.get()), indexer));
    }

    /**
     * The index of {@code docs}, made from this one once it is built; built afresh if this one
     * failed (whatever broke it stays with it).
     */
    public IndexedSnapshot next(Supplier<List<SearchDocument>> docs, Executor indexer) {
        if (this == NONE) {
            return first(docs, indexer);
        }
        return new IndexedSnapshot(index.handleAsync((last, failed) -> last != null ? last.update(docs.get())
                : SearchIndex.of(docs.get()), indexer));
    }

    /** Calls {@code listener} on the indexing thread once the index is built (not if it fails). */
    public void whenBuilt(Consumer<SearchIndex> listener) {
        index.thenAccept(listener);
    }

    /** The index, waiting up to {@code wait} for it to be built; empty if it is not built by then or failed. */
    public Optional<SearchIndex> await(Duration wait) {
        try {
            return Optional.of(index.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }
}
