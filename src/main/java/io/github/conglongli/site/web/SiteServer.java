package io.github.conglongli.site.web;

import io.github.conglongli.site.publish.Publisher;
import io.github.conglongli.site.publish.Snapshot;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: Javalin, configured in one place. Pages and static files are answered by
 * {@link PageHandler} ahead of Javalin's routing; the routes here cover health, dev mode and
 * the methods a static site does not allow. Nothing is rendered or compressed per request.
 */
public final class SiteServer {

    /** How long a graceful stop waits for in-flight requests. */
    static final long STOP_TIMEOUT_MS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(SiteServer.class);
    private static final String ALLOW = "GET, HEAD";
    private static final List<HttpField> SECURITY_HEADERS = List.of(
            new PreEncodedHttpField("X-Content-Type-Options", "nosniff"));

    private final Publisher publisher;
    private final LiveReload liveReload = new LiveReload();
    private final Javalin app;

    public SiteServer(Publisher publisher, boolean dev) {
        this.publisher = publisher;
        if (dev) {
            publisher.onPublish(s -> liveReload.published(s.generation()));
        }
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            // responses are compressed once when rendered; per-request compression would redo that work
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                // outermost first: graceful shutdown must see the pages answered by PageHandler too
                server.insertHandler(new PageHandler(publisher, SECURITY_HEADERS));
                server.insertHandler(new GracefulHandler());
            });
            config.routes.get("/healthz", this::health);
            config.routes.head("/healthz", this::health);
            if (dev) {
                config.routes.sse("/_dev/events", liveReload::connect);
                config.routes.get("/_dev/live-reload.js", this::liveReloadScript);
            }
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
        return publisher.awaitCurrent(Duration.ofSeconds(30))
                .orElseThrow(() -> new IllegalStateException("no content published yet"));
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
