package io.github.conglongli.site.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.conglongli.site.content.source.ContentError;
import io.github.conglongli.site.publish.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@code /healthz} body: what is being served, since when, and the last reload's errors. */
final class Health {

    private static final JsonFactory JSON = new JsonFactory();

    private Health() {}

    static byte[] json(Snapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", snapshot.errors().isEmpty() ? "ok" : "content-error");
            g.writeStringField("version", snapshot.site().version());
            g.writeNumberField("generation", snapshot.generation());
            g.writeStringField("loaded_at", snapshot.loadedAt().toString());
            g.writeArrayFieldStart("errors");
            for (ContentError error : snapshot.errors()) {
                g.writeString(error.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
