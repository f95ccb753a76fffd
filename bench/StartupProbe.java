import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start to first 200: starts a command, then asks 127.0.0.1:PORT for "/" every millisecond
 * until it answers 200, and prints the wall time from just before the start to that answer.
 *
 * <p>Run with the JDK's source launcher (no build step, no dependencies):
 *
 * <pre>java bench/StartupProbe.java PORT RUNS LOG_PREFIX -- COMMAND...</pre>
 *
 * Each run's output goes to LOG_PREFIX-N.log. Prints one line per run ("run N: X ms (cpu Y ms)",
 * Y the CPU time the process had used by the first 200, -1 where the OS does not say), then
 * "best X ms" and, last, "median X ms". The started process is stopped (SIGTERM, then SIGKILL)
 * after each run and when this program is itself interrupted. Exits 1 if the process dies or never
 * answers 200 (saying which, with the exit code), after 30 s unless {@code -Dstartup.giveUpMs=MS}
 * says otherwise.
 */
public final class StartupProbe {

    private static final long GIVE_UP_MS = Long.getLong("startup.giveUpMs", 30_000);

    private static volatile Process current;

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        if (args.length < 5 || dash != 3) {
            System.err.println("usage: java StartupProbe.java PORT RUNS LOG_PREFIX -- COMMAND...");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        String logPrefix = args[2];
        List<String> command = Arrays.asList(args).subList(dash + 1, args.length);
        Runtime.getRuntime().addShutdownHook(new Thread(StartupProbe::stopCurrent));

        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            File log = new File(logPrefix + "-" + (i + 1) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
            long start = System.nanoTime();
            current = builder.start();
            boolean ok = waitFor200(port, current, start);
            long end = System.nanoTime();
            // CPU time the server had used by then: on a shared machine it varies far less than the wall time
            long cpuMillis = current.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            if (ok) {
                awaitLogLine(log, "ready in", current); // the server's own figure, printed just after
            }
            String why = ok ? "" : current.isAlive() ? "no 200 from 127.0.0.1:" + port + " within " + GIVE_UP_MS + " ms"
                    : "the process exited with code " + current.exitValue() + " before answering 200";
            stopCurrent();
            if (!ok) {
                System.err.println("run " + (i + 1) + ": " + why + " (see " + log + ")");
                System.exit(1);
            }
            millis[i] = (end - start) / 1e6;
            System.out.printf("run %d: %.0f ms (cpu %d ms)%n", i + 1, millis[i], cpuMillis);
        }
        Arrays.sort(millis);
        System.out.printf("best %.0f ms%n", millis[0]);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        System.out.printf("median %.0f ms%n", median);
    }

    private static boolean waitFor200(int port, Process process, long start) throws InterruptedException {
        while (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < GIVE_UP_MS) {
            if (!process.isAlive()) {
                return false;
            }
            if (statusOf(port) == 200) {
                return true;
            }
            Thread.sleep(1);
        }
        return false;
    }

    /** Waits up to 5 s for {@code text} in the log, so stopping the server does not cut its start line off. */
    private static void awaitLogLine(File log, String text, Process process) throws IOException, InterruptedException {
        for (int i = 0; i < 500 && process.isAlive(); i++) {
            if (java.nio.file.Files.readString(log.toPath(), StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(10);
        }
    }

    /** The status code of GET / on a fresh connection, or -1 while nothing listens. */
    private static int statusOf(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = new byte[12]; // "HTTP/1.1 200"
            int n = 0;
            while (n < head.length) {
                int r = in.read(head, n, head.length - n);
                if (r < 0) {
                    return -1;
                }
                n += r;
            }
            return Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII));
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void stopCurrent() {
        Process process = current;
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM to that pid: the server finishes in-flight requests and exits
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
