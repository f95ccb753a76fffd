package io.github.conglongli.site.web;

import io.github.conglongli.site.render.Page;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A page laid out for the socket, once: its header fields already encoded and its bytes in
 * direct buffers, so sending it is a gathering write with no per-request encoding or copying.
 */
final class Wire {

    final int status;
    final HttpField contentType;
    final Variant identity;
    final Optional<Variant> gzip;
    /** The page's ETag and its gzip form's, as If-None-Match may name either. */
    final String etag;
    final String gzipEtag;
    /** Present for a static file only: rendered pages are validated by their ETag alone. */
    final Optional<LastModified> lastModified;

    /** One encoding of the page: its ETag, its length and its bytes. */
    static final class Variant {
        final HttpField etag;
        final HttpField contentLength;
        private final ByteBuffer bytes;

        Variant(String etag, byte[] body, boolean direct) {
            this.etag = new PreEncodedHttpField(HttpHeader.ETAG, etag);
            this.contentLength = new PreEncodedHttpField(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
            ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(body.length).put(body).flip() : ByteBuffer.wrap(body);
            this.bytes = buffer.asReadOnlyBuffer();
        }

        /** A view of the bytes with its own position, as each write consumes the buffer it is given. */
        ByteBuffer bytes() {
            return bytes.duplicate();
        }

        int length() {
            return bytes.capacity();
        }
    }

    private Wire(Page page, boolean direct) {
        status = page.status();
        contentType = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, page.contentType());
        identity = new Variant(page.etag(), page.body(), direct);
        gzip = page.gzip().map(g -> new Variant(page.gzipEtag(), g, direct));
        etag = page.etag();
        gzipEtag = page.gzipEtag();
        lastModified = page.lastModified().map(time -> LastModified.of(time.toEpochMilli()));
    }

    /** A page sent many times: its bytes copied once out of the heap, where the socket takes them from. */
    static Wire of(Page page) {
        return new Wire(page, true);
    }

    /**
     * A page that may be sent once (the answer to a query): its bytes as they are. Direct memory
     * for every answer would be freed only after a collection noticed each buffer's owner gone.
     */
    static Wire onHeap(Page page) {
        return new Wire(page, false);
    }
}
