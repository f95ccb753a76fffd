package io.github.conglongli.site.web;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
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
 * id follows the request through both logs. The Content-Security-Policy follows the site's
 * embeds, which a reload may change: it is made again only when they do.
 */
final class HeadersHandler extends Handler.Wrapper {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The policy for one list of embeds. */
    private record Policy(List<String> embeds, HttpField field) {}

    private final List<HttpField> headers;
    private final boolean dev;
    private final Supplier<List<String>> embeds;
    private volatile Policy policy;

    HeadersHandler(List<HttpField> headers, boolean dev, Supplier<List<String>> embeds) {
        this.headers = List.copyOf(headers);
        this.dev = dev;
        this.embeds = embeds;
    }

    private HttpField contentSecurityPolicy() {
        List<String> current = embeds.get();
        Policy p = policy;
        if (p == null || !p.embeds().equals(current)) {
            p = new Policy(current, SecurityHeaders.contentSecurityPolicy(dev, current));
            policy = p;
        }
        return p.field();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable out = response.getHeaders();
        out.add(contentSecurityPolicy());
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
