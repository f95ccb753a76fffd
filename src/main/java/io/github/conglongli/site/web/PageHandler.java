package io.github.conglongli.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateException;
import io.github.conglongli.site.publish.AssetVersion;
import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.github.conglongli.site.render.Routes;
import io.github.conglongli.site.search.SearchIndex;
import io.github.conglongli.site.search.SiteQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers GET and HEAD for pages and static files straight from the snapshot, on Jetty's core
 * API, ahead of Javalin's servlet pipeline: a cached page costs a map lookup and one write of
 * stored bytes, which is what lets the server keep up with nginx. Everything else (health,
 * dev-mode endpoints, other methods) passes through to the Javalin routes. Static files, which
 * also answer If-Modified-Since and Range, are sent by {@link FileResponses}; what sets them
 * apart is in the page's wire form, so rendered pages pay no extra lookup.
 */
final class PageHandler extends Handler.Wrapper {

    static final String IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

    private static final Logger LOG = LoggerFactory.getLogger(PageHandler.class);
    private static final Duration FIRST_SNAPSHOT_WAIT = Duration.ofSeconds(30);
    /** How long a search waits for an index still being built before it says so (503). */
    private static final Duration SEARCH_INDEX_WAIT = Duration.ofSeconds(10);
    private static final HttpField NOINDEX = new PreEncodedHttpField("X-Robots-Tag", "noindex");
    private static final HttpField IMMUTABLE_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
            IMMUTABLE_CACHE_CONTROL);
    private static final HttpField NO_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-cache");
    static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
    static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

    static final String ALLOW = "GET, HEAD, OPTIONS";
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final HttpField ALLOW_FIELD = new PreEncodedHttpField(HttpHeader.ALLOW, ALLOW);

    private final Publisher publisher;
    private final HttpField pageCache;
    /** Keyed by page identity (weak keys compare with ==); a page's wire form goes when the page does. */
    private final Cache<Page, Wire> wires = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    PageHandler(Publisher publisher, String pageCacheControl) {
        this.publisher = publisher;
        this.pageCache = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, pageCacheControl);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        boolean head = HttpMethod.HEAD.is(method);
        if (!head && !HttpMethod.GET.is(method)) {
            // a static site has nothing to post, put or delete, on any path
            response.getHeaders().put(ALLOW_FIELD);
            response.setStatus(HttpMethod.OPTIONS.is(method) ? 204 : 405);
            response.write(true, null, callback);
            return true;
        }
        String raw = request.getHttpURI().getPath();
        if (raw == null || raw.equals("/healthz") || raw.startsWith("/_dev/")) {
            return super.handle(request, response, callback);
        }
        try {
            serve(request, response, callback, raw, head);
        } catch (TemplateException e) {
            Optional<Page> errorPage = publisher.templateErrorPage(e);
            if (errorPage.isPresent()) {
                send(request, response, callback, errorPage.get(), NO_CACHE, head);
                return true;
            }
            LOG.error("request {} failed", raw, e);
            Response.writeError(request, response, callback, 500);
        } catch (RuntimeException e) {
            if (e instanceof HttpException bad && bad.getCode() < 500) {
                // Jetty could not decode the query: the client's mistake, not worth a stack trace
                Response.writeError(request, response, callback, bad.getCode());
                return true;
            }
            LOG.error("request {} failed", raw, e);
            Response.writeError(request, response, callback, 500);
        }
        return true;
    }

    private void serve(Request request, Response response, Callback callback, String requested, boolean head) {
        Optional<Snapshot> current = publisher.awaitCurrent(FIRST_SNAPSHOT_WAIT);
        if (current.isEmpty()) {
            Response.writeError(request, response, callback, 503);
            return;
        }
        Snapshot snapshot = current.get();
        // a site published below a path (base_url https://user.github.io/homepage) is served there too
        String basePath = snapshot.pages().pages().routes().basePath();
        String raw = requested;
        if (!basePath.isEmpty()) {
            if (requested.equals("/") || requested.equals(basePath)) {
                Response.sendRedirect(request, response, callback, 301, basePath + "/", false);
                return;
            }
            if (!requested.startsWith(basePath + "/")) {
                send(request, response, callback, snapshot.notFound(), NO_CACHE, head);
                return;
            }
            raw = requested.substring(basePath.length());
        }
        String query = request.getHttpURI().getQuery();
        if (raw.length() > 1 && raw.endsWith("/")) {
            String target = TRAILING_SLASHES.matcher(raw).replaceFirst("");
            // only to an address that is there: anything else is not found (below), and Jetty
            // refuses to build a redirect to some spellings (an encoded slash, an empty segment)
            if (target.isEmpty() || RequestPath.decode(target).filter(p -> exists(snapshot, p)).isPresent()) {
                Response.sendRedirect(request, response, callback, 301,
                        basePath + (target.isEmpty() ? "/" : target) + (query == null ? "" : "?" + query), false);
                return;
            }
        }
        if (raw.equals(Routes.SEARCH)) {
            search(request, response, callback, snapshot, head);
            return;
        }
        if (query != null && raw.equals("/publications")) {
            PublicationQuery filters = PublicationQuery.parse(parameters(request));
            if (!filters.isDefault()) {
                send(request, response, callback, Wire.onHeap(snapshot.search(filters)), pageCache, head);
                return;
            }
        }
        Optional<String> path = RequestPath.decode(raw);
        Optional<Page> page = path.flatMap(p -> snapshot.pages().page(p));
        if (page.isPresent()) {
            // an address carrying the page's own hash names those bytes for ever (see AssetVersion)
            boolean versioned = query != null && AssetVersion.of(page.get()).equals(first(request, "v"));
            send(request, response, callback, page.get(), versioned ? IMMUTABLE_CACHE : pageCache, head);
            return;
        }
        Optional<StaticFile> large = path.flatMap(p -> snapshot.pages().largeFile(p));
        if (large.isPresent()) {
            FileResponses.onDisk(request, response, callback, large.get(), pageCache, head);
            return;
        }
        send(request, response, callback, snapshot.notFound(), NO_CACHE, head);
    }

    /**
     * {@code /search}: the snapshot's answer, never indexed by search engines. An index retired
     * while this request was on its way means a newer snapshot is served: it answers instead.
     */
    private void search(Request request, Response response, Callback callback, Snapshot snapshot, boolean head) {
        SiteQuery query = SiteQuery.parse(parameters(request));
        Snapshot asked = snapshot;
        for (int attempt = 0; ; attempt++) {
            try {
                Page page = asked.find(query, SEARCH_INDEX_WAIT);
                response.getHeaders().put(NOINDEX);
                send(request, response, callback, Wire.onHeap(page), page.status() == 200 ? pageCache : NO_CACHE, head);
                return;
            } catch (SearchIndex.Retired e) {
                Optional<Snapshot> newer = publisher.current();
                if (attempt == 2 || newer.isEmpty()) {
                    throw e;
                }
                asked = newer.get();
            }
        }
    }

    private static boolean exists(Snapshot snapshot, String path) {
        return snapshot.pages().page(path).isPresent() || snapshot.pages().largeFile(path).isPresent();
    }

    private void send(Request request, Response response, Callback callback, Page page, HttpField cacheControl,
            boolean head) {
        send(request, response, callback, wires.get(page, Wire::of), cacheControl, head);
    }

    private void send(Request request, Response response, Callback callback, Wire wire, HttpField cacheControl,
            boolean head) {
        if (wire.lastModified.isPresent()) {
            FileResponses.inMemory(request, response, callback, wire, cacheControl, head);
            return;
        }
        HttpFields requestHeaders = request.getHeaders();
        Wire.Variant variant = wire.gzip.isPresent() && AcceptEncoding.allowsGzip(requestHeaders.get(HttpHeader.ACCEPT_ENCODING))
                ? wire.gzip.get() : wire.identity;
        HttpFields.Mutable out = response.getHeaders();
        out.add(variant.etag);
        out.add(cacheControl);
        if (wire.gzip.isPresent()) {
            out.add(VARY);
        }
        if (wire.status == 200 && ifNoneMatch(requestHeaders.get(HttpHeader.IF_NONE_MATCH), wire.etag, wire.gzipEtag)) {
            response.setStatus(304);
            callback.succeeded();
            return;
        }
        response.setStatus(wire.status);
        out.add(wire.contentType);
        if (variant != wire.identity) {
            out.add(GZIP);
        }
        out.add(variant.contentLength);
        response.write(true, head ? null : variant.bytes(), callback);
    }

    /**
     * True when {@code header} (an If-None-Match) names {@code etag} or {@code otherEtag}, or is
     * "*"; a page's two encodings have one tag each and are the same content.
     */
    static boolean ifNoneMatch(String header, String etag, String otherEtag) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag) || t.equals(otherEtag)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> parameters(Request request) {
        Fields fields = Request.extractQueryParameters(request);
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            map.put(field.getName(), new ArrayList<>(field.getValues()));
        }
        return map;
    }

    private static String first(Request request, String name) {
        Fields.Field field = Request.extractQueryParameters(request).get(name);
        return field == null ? null : field.getValue();
    }
}
