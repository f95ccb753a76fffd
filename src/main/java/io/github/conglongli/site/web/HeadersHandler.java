package io.github.conglongli.site.web;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers and an {@code X-Request-Id} on every response, whichever handler
 * answers it. A request id sent by a proxy in front is kept when it looks like an id, so one
 * id follows the request through both logs.
 */
final class HeadersHandler extends Handler.Wrapper {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final List<HttpField> headers;

    HeadersHandler(List<HttpField> headers) {
        this.headers = List.copyOf(headers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable out = response.getHeaders();
        for (HttpField field : headers) {
            out.add(field);
        }
        String id = request.getHeaders().get(REQUEST_ID);
        out.add(REQUEST_ID, id != null && SAFE_ID.matcher(id).matches() ? id : newId());
        return super.handle(request, response, callback);
    }

    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return Long.toHexString(random.nextLong() | Long.MIN_VALUE) + Long.toHexString(random.nextLong() | Long.MIN_VALUE);
    }
}
