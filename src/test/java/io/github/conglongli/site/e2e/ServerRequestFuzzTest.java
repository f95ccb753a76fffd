package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.conglongli.site.testing.ExampleSite;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Fuzzes the running server with arbitrary request targets ({@code GET <input> HTTP/1.1}, the
 * input's bytes sent as they are, minus CR and LF so that each input stays one request). Whatever
 * the path and query, the answer is a well-formed HTTP response that is not a server error, and
 * nothing outside the static directory is ever read: Jazzer's path traversal detector watches a
 * secret file next to the content. Only 127.0.0.1 is contacted. Seeds are in
 * {@code ServerRequestFuzzTestInputs/}.
 */
@Timeout(120) // fuzzing stops after its maxDuration; this is for a hang
class ServerRequestFuzzTest {

    private static final String SECRET = "TOP-SECRET";

    @RegisterExtension
    static final SiteExtension serving = SiteExtension.serving(ExampleSite.fixture());
    static Path secret;
    static TestSite site;

    @BeforeAll
    static void putASecretNextToTheSite() throws Exception {
        site = serving.site();
        secret = Files.writeString(site.root.resolve("secret.txt"), SECRET);
    }

    @FuzzTest(maxDuration = "5s")
    void anyRequestTargetGetsAnAnswerThatIsNotAServerError(byte[] input) throws Exception {
        String target = requestTarget(input);
        int port = site.app.port();

        String response;
        // set for every input: Jazzer resets its detectors when fuzzing starts; the detector
        // sees 127.0.0.1 by the name it resolves to
        try (SilentCloseable onlyThisServer = BugDetectors.allowNetworkConnections(
                (host, p) -> p == port && (host.equals("127.0.0.1") || host.equals("localhost")));
                SilentCloseable watchSecret = BugDetectors.setFilePathTraversalTarget(() -> secret)) {
            response = site.http.raw(target);
        }

        assertTrue(response.startsWith("HTTP/1.1 "), () -> "not an HTTP response to '" + target + "': " + response);
        int status = Http.rawStatus(response);
        // 505 is Jetty's answer when a space in the input breaks the request line
        assertTrue(status < 500 || status == 505, () -> "server error for '" + target + "':\n" + response);
        // error pages echo the target, and the fuzzer soon learns to write the secret into it
        assertFalse(response.contains(SECRET) && !target.contains(SECRET),
                () -> "'" + target + "' read a file outside static/");
    }

    private static String requestTarget(byte[] input) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(input.length);
        for (byte b : input) {
            if (b != '\r' && b != '\n') {
                kept.write(b);
            }
        }
        return kept.toString(StandardCharsets.ISO_8859_1);
    }
}
