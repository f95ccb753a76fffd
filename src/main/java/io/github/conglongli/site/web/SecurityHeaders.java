package io.github.conglongli.site.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The headers every response carries. The Content-Security-Policy allows exactly what the pages
 * use: the stylesheet, images, fonts, the manifest and the search form, all from this site; no
 * inline code anywhere; frames only from the hosts {@code site.yaml} lists in {@code embeds};
 * and in dev mode the live-reload script. Built once per set of embeds, not per request.
 */
public final class SecurityHeaders {

    static final String PRODUCTION_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
            + "connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "sync-xhr=(), usb=(), xr-spatial-tracking=()";

    private SecurityHeaders() {}

    /** The Content-Security-Policy for a site whose pages may frame {@code embeds}. */
    static HttpField contentSecurityPolicy(boolean dev, List<String> embeds) {
        return new PreEncodedHttpField("Content-Security-Policy", policy(dev, embeds));
    }

    /**
     * The Content-Security-Policy a static host should send for an export with search (export
     * --search): the server's, and scripts from the site itself, for search.js.
     */
    public static String exportWithSearchPolicy(List<String> embeds) {
        return policy(true, embeds);
    }

    private static String policy(boolean scripts, List<String> embeds) {
        String csp = PRODUCTION_CSP;
        if (!embeds.isEmpty()) {
            csp += "; frame-src " + String.join(" ", embeds.stream().map(host -> "https://" + host).toList());
        }
        if (scripts) {
            csp += "; script-src 'self'";
        }
        return csp;
    }

    /** The rest, the same for every response. @param hsts only set when the site is served over HTTPS */
    static List<HttpField> fixed(Optional<Duration> hsts) {
        List<HttpField> fields = new ArrayList<>(List.of(
                new PreEncodedHttpField("X-Content-Type-Options", "nosniff"),
                new PreEncodedHttpField("X-Frame-Options", "DENY"),
                new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin"),
                new PreEncodedHttpField("Permissions-Policy", PERMISSIONS_POLICY),
                new PreEncodedHttpField("Cross-Origin-Opener-Policy", "same-origin"),
                new PreEncodedHttpField("Cross-Origin-Resource-Policy", "same-origin")));
        hsts.ifPresent(age -> fields.add(new PreEncodedHttpField("Strict-Transport-Security",
                "max-age=" + age.toSeconds() + "; includeSubDomains")));
        return List.copyOf(fields);
    }
}
