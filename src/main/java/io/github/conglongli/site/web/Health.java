package io.github.conglongli.site.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.publish.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The {@code /healthz} answer: what is being served, since when, the last reload's errors, and
 * whether publishing still works. Its {@code status} is one of three:
 * <ul>
 *   <li>{@code ok} (HTTP 200): the content served is the content on disk;
 *   <li>{@code content-error} (HTTP 200): the last reload failed, {@code errors} name the files, and
 *       the last good site is served. Still 200: a restart cannot fix a file, and would refuse to
 *       start on it, turning a stale site into no site;
 *   <li>{@code stuck} (HTTP 503): a reload has run for longer than {@link #STUCK_AFTER}, so no edit
 *       is published any more; a restart is what helps, and a probe's non-200 asks for one.
 * </ul>
 * Documented for operators in docs/content-limits.md.
 */
final class Health {

    /** A reload takes milliseconds, a 10,000-paper one a few seconds; a minute means it will not end. */
    static final Duration STUCK_AFTER = Duration.ofSeconds(60);

    private static final JsonFactory JSON = new JsonFactory();

    /** What /healthz answers: the status code and the JSON body. */
    record Answer(int status, byte[] body) {}

    private Health() {}

    /** @param publishingSince when the reload under way started, if one is */
    static Answer of(Snapshot snapshot, Optional<Instant> publishingSince, Instant now) {
        boolean stuck = publishingSince.filter(since -> Duration.between(since, now).compareTo(STUCK_AFTER) > 0)
                .isPresent();
        String status = stuck ? "stuck" : snapshot.errors().isEmpty() ? "ok" : "content-error";
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", status);
            g.writeStringField("version", snapshot.site().version());
            g.writeNumberField("generation", snapshot.generation());
            g.writeStringField("loaded_at", snapshot.loadedAt().toString());
            g.writeArrayFieldStart("errors");
            for (ContentError error : snapshot.errors()) {
                g.writeString(error.toString());
            }
            g.writeEndArray();
            if (publishingSince.isPresent()) {
                g.writeStringField("publishing_since", publishingSince.get().toString());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(stuck ? 503 : 200, out.toByteArray());
    }
}
