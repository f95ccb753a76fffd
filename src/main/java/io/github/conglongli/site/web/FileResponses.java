package io.github.conglongli.site.web;

import io.github.conglongli.site.publish.StaticFiles.StaticFile;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.IOResources;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Answers GET and HEAD for a static file, held in memory or streamed from disk, as nginx does:
 * {@code Last-Modified} and {@code If-Modified-Since} besides the ETag, and a single byte range
 * (206, or 416 past the end) with {@code If-Range}, which PDF viewers and video players rely on.
 * A slice is always cut from the identity encoding, so its offsets mean the same to every client;
 * a whole file is still sent gzip'd when the client accepts it. HEAD gets the headers GET would
 * get, for a range too (as nginx does), without the body.
 */
final class FileResponses {

    private static final HttpField ACCEPT_RANGES = new PreEncodedHttpField(HttpHeader.ACCEPT_RANGES, "bytes");
    private static final int STREAM_BUFFER_BYTES = 65536;

    private FileResponses() {}

    /** A file small enough to be held in memory: its page's wire form, which has a {@link LastModified}. */
    static void inMemory(Request request, Response response, Callback callback, Wire wire, HttpField cacheControl,
            boolean head) {
        HttpFields headers = request.getHeaders();
        LastModified modified = wire.lastModified.orElseThrow();
        Wire.Variant accepted = wire.gzip.isPresent() && AcceptEncoding.allowsGzip(headers.get(HttpHeader.ACCEPT_ENCODING))
                ? wire.gzip.get() : wire.identity;
        boolean vary = wire.gzip.isPresent();
        if (notModified(headers, wire.etag, wire.gzipEtag, modified)) {
            validators(response, accepted.etag, modified, cacheControl, vary);
            response.setStatus(304);
            callback.succeeded();
            return;
        }
        long size = wire.identity.length();
        RequestedRange range = RequestedRange.of(headers, wire.etag, modified, size);
        if (range instanceof RequestedRange.Unsatisfiable) {
            unsatisfiable(response, callback, size);
            return;
        }
        HttpFields.Mutable out = response.getHeaders();
        if (range instanceof RequestedRange.Slice slice) {
            validators(response, wire.identity.etag, modified, cacheControl, vary);
            out.add(wire.contentType);
            partial(response, slice, size);
            ByteBuffer bytes = wire.identity.bytes();
            bytes.position((int) slice.first()).limit((int) slice.last() + 1);
            response.write(true, head ? null : bytes, callback);
            return;
        }
        validators(response, accepted.etag, modified, cacheControl, vary);
        response.setStatus(200);
        out.add(wire.contentType);
        if (accepted != wire.identity) {
            out.add(PageHandler.GZIP);
        }
        out.add(accepted.contentLength);
        response.write(true, head ? null : accepted.bytes(), callback);
    }

    /** A file too large for memory, streamed from disk in pooled buffers; a slice is read from its offset. */
    static void onDisk(Request request, Response response, Callback callback, StaticFile file, HttpField cacheControl,
            boolean head) {
        HttpFields headers = request.getHeaders();
        String etag = "\"f" + Long.toHexString(file.size()) + "-" + Long.toHexString(file.modified()) + "\"";
        HttpField etagField = new PreEncodedHttpField(HttpHeader.ETAG, etag);
        LastModified modified = LastModified.of(file.modified());
        if (notModified(headers, etag, etag, modified)) {
            validators(response, etagField, modified, cacheControl, false);
            response.setStatus(304);
            callback.succeeded();
            return;
        }
        RequestedRange range = RequestedRange.of(headers, etag, modified, file.size());
        if (range instanceof RequestedRange.Unsatisfiable) {
            unsatisfiable(response, callback, file.size());
            return;
        }
        validators(response, etagField, modified, cacheControl, false);
        response.getHeaders().add(HttpHeader.CONTENT_TYPE, file.contentType());
        long first = 0;
        long length = file.size();
        if (range instanceof RequestedRange.Slice slice) {
            partial(response, slice, file.size());
            first = slice.first();
            length = slice.length();
        } else {
            response.setStatus(200);
            response.getHeaders().add(HttpHeader.CONTENT_LENGTH, length);
        }
        if (head) {
            response.write(true, null, callback);
            return;
        }
        ByteBufferPool.Sized buffers = new ByteBufferPool.Sized(request.getComponents().getByteBufferPool(), true,
                STREAM_BUFFER_BYTES);
        IOResources.copy(ResourceFactory.root().newResource(file.file()), response, buffers, first, length, callback);
    }

    /**
     * Whether the client's copy is current (RFC 9110 §13.2.2): If-None-Match decides when it is
     * sent, and only without it does If-Modified-Since count.
     */
    private static boolean notModified(HttpFields request, String etag, String otherEtag, LastModified modified) {
        String ifNoneMatch = request.get(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return PageHandler.ifNoneMatch(ifNoneMatch, etag, otherEtag);
        }
        String ifModifiedSince = request.get(HttpHeader.IF_MODIFIED_SINCE);
        return ifModifiedSince != null && modified.notModifiedSince(ifModifiedSince);
    }

    /** The fields a 200, a 206 and a 304 of a file all carry. */
    private static void validators(Response response, HttpField etag, LastModified modified, HttpField cacheControl,
            boolean vary) {
        HttpFields.Mutable out = response.getHeaders();
        out.add(etag);
        out.add(modified.field());
        out.add(cacheControl);
        out.add(ACCEPT_RANGES);
        if (vary) {
            out.add(PageHandler.VARY);
        }
    }

    private static void partial(Response response, RequestedRange.Slice slice, long size) {
        response.setStatus(206);
        response.getHeaders().add(HttpHeader.CONTENT_RANGE, slice.contentRange(size));
        response.getHeaders().add(HttpHeader.CONTENT_LENGTH, slice.length());
    }

    /**
     * A 416 says only how large the file is; it carries no Cache-Control, so no cache in front
     * keeps it in place of the file (nginx sends none on a 416 either).
     */
    private static void unsatisfiable(Response response, Callback callback, long size) {
        response.setStatus(416);
        response.getHeaders().add(HttpHeader.CONTENT_RANGE, RequestedRange.Unsatisfiable.contentRange(size));
        response.getHeaders().add(HttpHeader.CONTENT_LENGTH, 0);
        response.write(true, null, callback);
    }
}
