package io.github.conglongli.site.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.conglongli.site.testing.InProcessSite;
import io.github.conglongli.site.testing.SiteFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What /healthz answers: ok, a content error (still 200: a restart cannot fix a file), or stuck (503). */
@Timeout(30)
class HealthTest {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void servingTheContentOnDiskIsOk() {
        InProcessSite site = site();

        Health.Answer answer = Health.of(site.served(), Optional.empty(), NOW);

        assertEquals(200, answer.status());
        assertTrue(text(answer).startsWith("{\"status\":\"ok\",\"version\":"), text(answer));
        assertFalse(text(answer).contains("publishing_since"));
    }

    @Test
    void aFailedReloadIsAContentErrorNamingTheFileAndStill200() {
        InProcessSite site = site();
        site.write("pages/notes.md", "---\ntitle: Notes\n---\n" + "- ".repeat(40) + "x\n").build();

        Health.Answer answer = Health.of(site.served(), Optional.empty(), NOW);

        assertEquals(200, answer.status());
        assertTrue(text(answer).contains("\"status\":\"content-error\""), text(answer));
        assertTrue(text(answer).contains("content/pages/notes.md:4:65: quotes and lists are nested"), text(answer));
    }

    @Test
    void aReloadUnderWayForAMinuteIsNotStuckYet() {
        Health.Answer answer = Health.of(site().served(), Optional.of(NOW.minus(Health.STUCK_AFTER)), NOW);

        assertEquals(200, answer.status());
        assertTrue(text(answer).contains("\"status\":\"ok\""), text(answer));
        assertTrue(text(answer).contains("\"publishing_since\":\"2026-12-05T11:59:00Z\""), text(answer));
    }

    @Test
    void aReloadUnderWayForLongerIsStuckAnd503() {
        Health.Answer answer = Health.of(site().served(),
                Optional.of(NOW.minus(Health.STUCK_AFTER).minusSeconds(1)), NOW);

        assertEquals(503, answer.status());
        assertTrue(text(answer).contains("\"status\":\"stuck\""), text(answer));
    }

    private InProcessSite site() {
        InProcessSite site = InProcessSite.of(SiteFixture.minimal(), dir);
        assertTrue(site.build().outcome().ok());
        return site;
    }

    private static String text(Health.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
