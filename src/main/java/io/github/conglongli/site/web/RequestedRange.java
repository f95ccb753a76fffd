package io.github.conglongli.site.web;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;

/**
 * What a request's {@code Range} (with {@code If-Range}) asks of a static file of a known size
 * (RFC 9110 §14.2, §13.1.5): the whole file, one slice of it, or nothing it has.
 *
 * <p>Only a single byte range is served. A header asking for several is answered with the whole
 * file (a 200), which the RFC allows and every client handles, instead of a multipart body that
 * the PDF viewers and video players this is for never ask for. A header that does not parse is
 * ignored the same way, as the RFC requires.
 */
sealed interface RequestedRange {

    /** The whole file, as a 200: no Range, one to ignore, or an If-Range that no longer holds. */
    record All() implements RequestedRange {}

    /** Bytes {@code first} to {@code last} inclusive, both within the file, as a 206. */
    record Slice(long first, long last) implements RequestedRange {

        long length() {
            return last - first + 1;
        }

        String contentRange(long size) {
            return "bytes " + first + "-" + last + "/" + size;
        }
    }

    /** A range that starts past the end (or an empty suffix), as a 416. */
    record Unsatisfiable() implements RequestedRange {

        static String contentRange(long size) {
            return "bytes */" + size;
        }
    }

    RequestedRange ALL = new All();
    RequestedRange UNSATISFIABLE = new Unsatisfiable();

    /**
     * The range the request asks for, honoured only when {@code If-Range} (if sent) names the
     * current representation: its strong {@code etag} or exactly its modification time.
     */
    static RequestedRange of(HttpFields request, String etag, LastModified modified, long size) {
        List<String> ranges = request.getValuesList(HttpHeader.RANGE);
        if (ranges.size() != 1) {
            return ALL;
        }
        String ifRange = request.get(HttpHeader.IF_RANGE);
        if (ifRange != null && !(ifRange.startsWith("\"") ? ifRange.equals(etag) : modified.isExactly(ifRange))) {
            return ALL;
        }
        return parse(ranges.get(0), size);
    }

    /** Reads a {@code Range} header value for a file of {@code size} bytes. */
    static RequestedRange parse(String header, long size) {
        // an empty file has no byte to start a slice at: a 200 with nothing in it says it all
        if (size == 0 || !header.regionMatches(true, 0, "bytes=", 0, 6)) {
            return ALL;
        }
        String spec = null;
        for (String part : header.substring(6).split(",")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue; // a list may have empty elements (RFC 9110 §5.6.1)
            }
            if (spec != null) {
                return ALL; // several ranges: see the class comment
            }
            spec = s;
        }
        int dash = spec == null ? -1 : spec.indexOf('-');
        if (dash < 0) {
            return ALL;
        }
        String from = spec.substring(0, dash);
        String to = spec.substring(dash + 1);
        if (from.isEmpty()) {
            long suffix = digits(to);
            if (suffix < 0) {
                return ALL;
            }
            return suffix == 0 ? UNSATISFIABLE : new Slice(Math.max(0, size - suffix), size - 1);
        }
        long first = digits(from);
        long last = to.isEmpty() ? Long.MAX_VALUE : digits(to);
        if (first < 0 || last < first) {
            return ALL; // includes a last before the first, which makes the header invalid
        }
        return first >= size ? UNSATISFIABLE : new Slice(first, Math.min(last, size - 1));
    }

    /**
     * A non-empty run of ASCII digits as a number, saturating at {@link Long#MAX_VALUE} (a huge
     * position is still a valid one, past any file's end); -1 for anything else.
     */
    private static long digits(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
        }
        return value;
    }
}
