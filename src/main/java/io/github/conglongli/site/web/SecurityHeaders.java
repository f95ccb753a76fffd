package io.github.conglongli.site.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * The headers every response carries, built once. The Content-Security-Policy allows exactly
 * what the pages use: the stylesheet, images, the manifest and the search form, all from this
 * site; no inline code anywhere, and in dev mode the live-reload script and its event stream.
 */
public final class SecurityHeaders {

    static final String PRODUCTION_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String DEV_CSP = PRODUCTION_CSP + "; script-src 'self'; connect-src 'self'";
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
            + "midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), "
            + "sync-xhr=(), usb=(), xr-spatial-tracking=()";

    private SecurityHeaders() {}

    /** @param hsts how long browsers should insist on HTTPS; only set when the site is served over HTTPS */
    public static List<HttpField> of(boolean dev, Optional<Duration> hsts) {
        List<HttpField> fields = new ArrayList<>(List.of(
                new PreEncodedHttpField("Content-Security-Policy", dev ? DEV_CSP : PRODUCTION_CSP),
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
