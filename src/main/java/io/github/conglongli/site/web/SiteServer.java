package io.github.conglongli.site.web;

import io.github.conglongli.site.publish.AssetVersion;
import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import io.github.conglongli.site.render.Page;
import io.github.conglongli.site.render.PublicationQuery;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side: looks each request up in the current snapshot and sends the stored bytes.
 * Nothing is rendered or compressed here; a request costs a map lookup and a write.
 */
public final class SiteServer {

    /** How long a graceful stop waits for in-flight requests. */
    static final long STOP_TIMEOUT_MS = 10_000;
    /** Pages are revalidated (cheap 304s) so edits show on the next load; CDNs may still cache. */
    static final String PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
    static final String IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);
    private static final String ALLOW = "GET, HEAD";
    private static final java.time.Duration FIRST_SNAPSHOT_WAIT = java.time.Duration.ofSeconds(30);

    private final Publisher publisher;
    private final boolean dev;
    private final LiveReload liveReload = new LiveReload();
    private final Javalin app;

    public SiteServer(Publisher publisher, boolean dev) {
        this.publisher = publisher;
        this.dev = dev;
        if (dev) {
            publisher.onPublish(s -> liveReload.published(s.generation()));
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            // pages are compressed once when rendered; per-request compression would redo that work
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.insertHandler(new GracefulHandler());
            });
            config.routes.get("/healthz", this::health);
            config.routes.head("/healthz", this::health);
            if (dev) {
                config.routes.sse("/_dev/events", liveReload::connect);
                config.routes.get("/_dev/live-reload.js", this::liveReloadScript);
            }
            config.routes.get("/*", ctx -> serve(ctx, false));
            config.routes.head("/*", ctx -> serve(ctx, true));
            for (HandlerType method : new HandlerType[] {HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
                    HandlerType.PATCH}) {
                config.routes.addHttpHandler(method, "/*", ctx -> ctx.status(405).header("Allow", ALLOW));
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.path(), e);
                ctx.status(500).contentType("text/plain; charset=utf-8").result("Internal server error\n");
            });
        });
    }

    public SiteServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting, lets in-flight requests finish (up to {@link #STOP_TIMEOUT_MS}), then stops. */
    public void stop() {
        liveReload.close();
        app.stop();
    }

    private Snapshot snapshot() {
        return publisher.awaitCurrent(FIRST_SNAPSHOT_WAIT)
                .orElseThrow(() -> new IllegalStateException("no content published yet"));
    }

    private void serve(Context ctx, boolean head) throws IOException {
        String raw = ctx.path();
        if (raw.length() > 1 && raw.endsWith("/")) {
            String target = raw.replaceAll("/+$", "");
            String query = ctx.queryString();
            ctx.status(301).header("Location", (target.isEmpty() ? "/" : target) + (query == null ? "" : "?" + query));
            return;
        }
        Snapshot snapshot = snapshot();
        if (raw.equals("/publications") && ctx.queryString() != null) {
            PublicationQuery query = PublicationQuery.parse(ctx.queryParamMap());
            if (!query.isDefault()) {
                send(ctx, snapshot.search(query), PAGE_CACHE_CONTROL, head);
                return;
            }
        }
        Optional<String> path = RequestPath.decode(raw);
        Optional<Page> page = path.flatMap(p -> snapshot.pages().page(p));
        if (page.isPresent()) {
            boolean versioned = snapshot.statics().find(path.get()).isPresent()
                    && AssetVersion.of(page.get()).equals(ctx.queryParam("v"));
            send(ctx, page.get(), versioned ? IMMUTABLE_CACHE_CONTROL : PAGE_CACHE_CONTROL, head);
            return;
        }
        Optional<StaticFile> large = path.flatMap(p -> snapshot.pages().largeFile(p));
        if (large.isPresent()) {
            stream(ctx, large.get(), head);
            return;
        }
        send(ctx, snapshot.notFound(), "no-cache", head);
    }

    static void send(Context ctx, Page page, String cacheControl, boolean head) throws IOException {
        HttpServletResponse res = ctx.res();
        boolean gzip = page.gzip().isPresent() && AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", cacheControl);
        if (page.gzip().isPresent()) {
            res.setHeader("Vary", "Accept-Encoding");
        }
        res.setHeader("X-Content-Type-Options", "nosniff");
        if (page.status() == 200 && ifNoneMatch(ctx.header("If-None-Match"), page)) {
            res.setStatus(304);
            return;
        }
        byte[] body = gzip ? page.gzip().get() : page.body();
        res.setStatus(page.status());
        res.setContentType(page.contentType());
        if (gzip) {
            res.setHeader("Content-Encoding", "gzip");
        }
        res.setContentLength(body.length);
        if (!head) {
            try (OutputStream out = res.getOutputStream()) {
                out.write(body);
            }
        }
    }

    /** True when the client's cached copy is current; either encoding's tag names the same content. */
    static boolean ifNoneMatch(String header, Page page) {
        if (header == null) {
            return false;
        }
        for (String tag : header.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(page.etag()) || t.equals(page.gzipEtag())) {
                return true;
            }
        }
        return false;
    }

    private static void stream(Context ctx, StaticFile file, boolean head) throws IOException {
        String etag = "\"f" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.modified()) + "\"";
        HttpServletResponse res = ctx.res();
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", PAGE_CACHE_CONTROL);
        res.setHeader("X-Content-Type-Options", "nosniff");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            res.setStatus(304);
            return;
        }
        res.setStatus(200);
        res.setContentType(file.contentType());
        res.setContentLengthLong(file.size());
        if (!head) {
            try (InputStream in = Files.newInputStream(file.file()); OutputStream out = res.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    private void health(Context ctx) {
        byte[] body = Health.json(snapshot());
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header("Content-Length", String.valueOf(body.length));
        } else {
            ctx.result(body);
        }
    }

    private void liveReloadScript(Context ctx) throws IOException {
        try (InputStream in = SiteServer.class.getResourceAsStream("/dev/live-reload.js")) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "no-cache");
            ctx.contentType("text/javascript; charset=utf-8");
            ctx.result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
