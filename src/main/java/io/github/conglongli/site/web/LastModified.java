package io.github.conglongli.site.web;

import org.eclipse.jetty.http.DateGenerator;
import org.eclipse.jetty.http.HttpDateTime;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A static file's modification time as HTTP sees it: whole seconds, since an HTTP-date has no
 * finer precision (RFC 9110 §5.6.7), with its {@code Last-Modified} field encoded once.
 */
record LastModified(long epochSecond, HttpField field) {

    static LastModified of(long epochMillis) {
        long seconds = Math.floorDiv(epochMillis, 1000);
        return new LastModified(seconds,
                new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, DateGenerator.formatDate(seconds * 1000)));
    }

    /**
     * {@code If-Modified-Since} (RFC 9110 §13.1.3): whether the file is unchanged since {@code date}.
     * A date that does not parse is ignored, so the file is sent.
     */
    boolean notModifiedSince(String date) {
        long since = HttpDateTime.parseToEpoch(date);
        return since != -1 && epochSecond <= Math.floorDiv(since, 1000);
    }

    /** Whether {@code date} is exactly this time, as {@code If-Range} requires of a date (RFC 9110 §13.1.5). */
    boolean isExactly(String date) {
        long time = HttpDateTime.parseToEpoch(date);
        return time != -1 && Math.floorDiv(time, 1000) == epochSecond;
    }
}
