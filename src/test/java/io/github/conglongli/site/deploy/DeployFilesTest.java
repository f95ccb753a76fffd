package io.github.conglongli.site.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conglongli.site.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files in {@code deploy/} are checked by the tools that will read them: systemd-analyze for
 * the unit (always in CI, where {@code .ci/run} installs it), and {@code nginx -t} and
 * {@code caddy validate} where those are installed.
 */
@Timeout(180)
class DeployFilesTest {

    static final Path UNIT = Path.of("deploy/academic-site.service");
    static final Path NGINX_SITE = Path.of("deploy/nginx-site.conf");
    static final Path CADDYFILE = Path.of("deploy/Caddyfile");
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        Optional<Path> analyze = onPath("systemd-analyze");
        // CI must check the unit; a laptop without systemd (a Mac) cannot
        boolean ci = !Optional.ofNullable(System.getenv("CI")).orElse("").isEmpty();
        assertFalse(analyze.isEmpty() && ci, "systemd-analyze is missing: .ci/run should have installed systemd");
        assumeTrue(analyze.isPresent(), "systemd-analyze is not installed here (CI has it); the unit was not verified");
        // verify insists that ExecStart's program exists: point it at this JVM's java (the unit
        // says /usr/bin/java, where Debian and Ubuntu put it); every other line is the real one
        Path copy = dir.resolve(UNIT.getFileName());
        Files.writeString(copy, Files.readString(UNIT).replace("ExecStart=/usr/bin/java ", "ExecStart=" + javaBinary() + " "));

        Result verify = run(List.of(analyze.get().toString(), "verify", "--man=no", copy.toString()), Map.of());

        // unknown keys and unparsable values are only warnings to it, so its output counts too
        List<String> complaints = verify.output().lines().filter(l -> l.contains(UNIT.getFileName().toString())).toList();
        assertEquals(0, verify.exitCode(), verify.output());
        assertEquals(List.of(), complaints, verify.output());
    }

    @Test
    void theUnitRunsTheServerBehindAProxyInASandbox() throws IOException {
        Map<String, List<String>> unit = directives(UNIT);

        assertEquals(List.of("yes"), unit.get("DynamicUser"));
        assertEquals(List.of("strict"), unit.get("ProtectSystem"));
        assertEquals(List.of("yes"), unit.get("NoNewPrivileges"));
        assertEquals(List.of("yes"), unit.get("PrivateTmp"), "the JVM needs a writable temporary directory");
        assertEquals(List.of(""), unit.get("CapabilityBoundingSet"));
        assertEquals(List.of("/opt/academic-site /srv/academic-site"), unit.get("ReadOnlyPaths"));
        assertEquals(List.of("on-failure"), unit.get("Restart"));
        assertFalse(unit.containsKey("MemoryDenyWriteExecute"), "the JIT needs memory that is written, then run");
        long stopSeconds = Long.parseLong(unit.get("TimeoutStopSec").get(0).replace("s", ""));
        assertTrue(stopSeconds * 1000 > 10_000, "systemd must wait out the server's 10 s graceful stop");
    }

    @Test
    void theUnitStartsTheServerWithFlagsItUnderstands() throws Exception {
        List<String> command = Arrays.asList(directives(UNIT).get("ExecStart").get(0).split("\\s+"));
        int jar = command.indexOf("-jar");
        assertEquals("/opt/academic-site/site.jar", command.get(jar + 1));

        Settings settings = Settings.parse(command.subList(jar + 2, command.size()), Map.of());

        assertEquals(Settings.Command.SERVE, settings.command());
        assertEquals("127.0.0.1", settings.server().host(), "only the proxy on this machine may reach it");
        assertEquals(8080, settings.server().port());
        assertTrue(settings.server().trustProxy());
        assertEquals("/srv/academic-site/content", settings.sources().content());
        assertEquals("/srv/academic-site/static", settings.sources().staticDir());
    }

    @Test
    void theNginxSiteConfigPassesNginxT() throws Exception {
        Optional<Path> nginx = onPath("nginx");
        Optional<Path> openssl = onPath("openssl");
        assumeTrue(nginx.isPresent() && openssl.isPresent(),
                "nginx or openssl is not installed here; deploy/nginx-site.conf not checked with nginx -t");
        // stand-ins for the certificates certbot would have made
        Result cert = run(List.of(openssl.get().toString(), "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", dir.resolve("privkey.pem").toString(), "-out", dir.resolve("fullchain.pem").toString(),
                "-days", "1", "-subj", "/CN=example.org"), Map.of());
        assertEquals(0, cert.exitCode(), cert.output());
        Files.writeString(dir.resolve("site.conf"), Files.readString(NGINX_SITE)
                .replace("/etc/letsencrypt/live/example.org/", dir + "/")
                .replace("root /var/www/letsencrypt;", "root " + dir + ";"));
        // a main config of our own, so the system's nginx and its configuration stay untouched
        Files.writeString(dir.resolve("nginx.conf"), """
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    include %1$s/site.conf;
                }
                """.formatted(dir));

        Result test = run(List.of(nginx.get().toString(), "-t", "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString(), "-e", dir.resolve("error.log").toString()), Map.of());

        assertEquals(0, test.exitCode(), test.output());
        assertTrue(test.output().contains("test is successful"), test.output());
    }

    @Test
    void theCaddyfileIsValid() throws Exception {
        Optional<Path> caddy = onPath("caddy");
        assumeTrue(caddy.isPresent(), "caddy is not installed here; deploy/Caddyfile not validated");
        // caddy keeps state under $HOME and the XDG directories: keep it in the temporary directory
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_DATA_HOME", dir.resolve("data").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString());

        Result validate = run(List.of(caddy.get().toString(), "validate", "--config", CADDYFILE.toString(),
                "--adapter", "caddyfile"), env);

        assertEquals(0, validate.exitCode(), validate.output());
        assertTrue(validate.output().contains("Valid configuration"), validate.output());
    }

    /** Directives by name, in order, with comments left out and continued lines joined. */
    static Map<String, List<String>> directives(Path unitFile) throws IOException {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        String joined = Files.readString(unitFile).replace("\\\n", " ");
        for (String line : joined.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            directives.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
        }
        return directives;
    }

    record Result(int exitCode, String output) {}

    static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path output = Files.createTempFile("deploy-test", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + TIMEOUT.toSeconds() + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.delete(output);
        }
    }

    static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        List<String> dirs = new ArrayList<>(Arrays.asList(path.split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin"));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, program)).filter(Files::isExecutable)
                .findFirst();
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
