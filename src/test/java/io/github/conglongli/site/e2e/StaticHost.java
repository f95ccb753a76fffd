package io.github.conglongli.site.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An exported directory served as a static host serves it (GitHub Pages, Netlify, nginx): a
 * file at its path, a folder's {@code index.html} at the folder's path with or without the
 * slash, the query ignored, {@code 404.html} for anything else; every response with the headers
 * given (the Content-Security-Policy the docs ask a host to send). Loopback only, on a free port.
 */
final class StaticHost implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "xml", "application/xml", "webmanifest",
            "application/manifest+json", "woff2", "font/woff2");

    private final HttpServer server;
    private final Path root;
    private final Map<String, String> headers;

    private StaticHost(Path root, Map<String, String> headers) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = Map.copyOf(headers);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    static StaticHost serve(Path root, Map<String, String> headers) throws IOException {
        return new StaticHost(root, headers);
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            headers.forEach((header, value) -> exchange.getResponseHeaders().set(header, value));
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
