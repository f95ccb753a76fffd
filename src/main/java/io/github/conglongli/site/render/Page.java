package io.github.conglongli.site.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * A response body ready to send: the bytes, a gzip'd copy made once (absent when compression
 * would not help), and strong ETags for both. Built once per render, read by any number of
 * request threads. A static file's page also carries the file's modification time, which HTTP
 * sends as {@code Last-Modified}; rendered pages have none (their ETag is their only validator).
 */
public record Page(int status, String contentType, byte[] body, Optional<byte[]> gzip, String etag,
        Optional<Instant> lastModified) {

    /** Smaller bodies gain nothing from compression once headers are counted. */
    private static final int MIN_COMPRESS_BYTES = 256;

    public static Page of(int status, String contentType, byte[] body) {
        return make(status, contentType, body, Optional.empty());
    }

    /** The bytes of a static file last modified at {@code modified}. */
    public static Page file(String contentType, byte[] body, Instant modified) {
        return make(200, contentType, body, Optional.of(modified));
    }

    private static Page make(int status, String contentType, byte[] body, Optional<Instant> lastModified) {
        Optional<byte[]> gzip = Optional.empty();
        if (body.length >= MIN_COMPRESS_BYTES && isCompressible(contentType)) {
            byte[] compressed = gzip(body);
            if (compressed.length < body.length * 0.9) {
                gzip = Optional.of(compressed);
            }
        }
        return new Page(status, contentType, body, gzip, etag(body), lastModified);
    }

    public static Page html(int status, byte[] body) {
        return of(status, "text/html; charset=utf-8", body);
    }

    /** The ETag of the gzip'd representation: RFC 9110 wants strong tags to differ per encoding. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Bytes this page holds in memory, for cache weighing. */
    public int weight() {
        return body.length + gzip.map(g -> g.length).orElse(0) + 128;
    }

    static boolean isCompressible(String contentType) {
        return contentType.startsWith("text/")
                || contentType.startsWith("application/json")
                || contentType.startsWith("application/manifest+json")
                || contentType.startsWith("application/javascript")
                || contentType.startsWith("application/xml")
                || contentType.startsWith("application/atom+xml")
                || contentType.startsWith("application/x-bibtex")
                || contentType.startsWith("image/svg+xml");
    }

    /**
     * The default level (6): on these pages level 9 gives the same size at many times the cost,
     * which every reload and cold start would pay.
     */
    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Hex of the first 128 bits of SHA-256, quoted as a strong ETag. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
