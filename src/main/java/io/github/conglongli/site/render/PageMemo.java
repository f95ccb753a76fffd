package io.github.conglongli.site.render;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages one render made, keyed by everything each was made from: a template with its
 * parameters (records, so compared by value), or a data file's bytes. The next render with the
 * same templates takes a page from here when its inputs are equal, so a reload renders,
 * compresses and hashes again only the pages an edit changed; the rest are the same objects.
 *
 * <p>Only the pages a render makes ahead are recorded (every route, the 404 page, the searches
 * the filter links offer), never a visitor's arbitrary search, so a memo is as small as the site.
 * Inputs without value equality simply never match: the page is rendered, as without a memo.
 */
public final class PageMemo {

    /** A page made by a template from these parameters. */
    record TemplateKey(int status, String template, Object meta, Object view) {}

    /** A page whose bytes were made in Java; equal bytes need no new gzip copy or ETag. */
    record DataKey(int status, String contentType, ByteBuffer body) {}

    private final Map<Object, Page> pages = new ConcurrentHashMap<>();

    /** A memo with nothing in it: every page is made afresh. */
    public static PageMemo empty() {
        return new PageMemo();
    }

    /** The page for {@code key}: from {@code previous} when it has one, else made now; recorded here. */
    Page remember(Object key, PageMemo previous, Supplier<Page> make) {
        Page page = previous.pages.get(key);
        if (page == null) {
            page = make.get();
        }
        pages.put(key, page);
        return page;
    }

    static DataKey data(int status, String contentType, byte[] body) {
        return new DataKey(status, contentType, ByteBuffer.wrap(body));
    }

    int size() {
        return pages.size();
    }
}
