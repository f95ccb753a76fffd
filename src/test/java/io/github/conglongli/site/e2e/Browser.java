package io.github.conglongli.site.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.conglongli.site.testing.SiteFixture;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both paths are given
 * explicitly so that Selenium Manager never runs: it would try to download a browser.
 * One per test class; {@link #close()} quits it and removes its profile.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    enum Scheme {
        LIGHT, DARK;

        String cssValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A viewport in CSS pixels. */
    record Viewport(int width, int height) {
        static final Viewport PHONE = new Viewport(360, 740);
        static final Viewport LAPTOP = new Viewport(1280, 800);

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    final ChromeDriver driver;
    private final Path profile;
    private final String origin;

    private Browser(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.origin = "http://127.0.0.1:" + port;
    }

    /**
     * Starts a browser for the site on {@code port}. Without Chromium the tests are skipped on a
     * developer's machine but fail in CI, where .ci/run installs it.
     */
    static Browser start(int port) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian/Ubuntu: apt-get install chromium chromium-driver)";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(missing);
        }
        assumeTrue(installed, missing);

        Path profile = Files.createTempDirectory("chromium-profile");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                // pages may embed videos from other hosts: only the site under test is reached, the
                // rest fail at once as unknown hosts, so no test touches the network
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                // as on a phone, scrollbars overlay the page: the layout gets the viewport's full
                // width, and it does not reflow when a full-page screenshot grows the viewport
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL); // what pages write to the console: CSP violations among it
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, port);
    }

    /**
     * Sets the viewport to exactly {@code viewport} CSS pixels, whatever the window: a headless
     * window cannot grow past its virtual screen, which is smaller than a laptop's.
     */
    void resize(Viewport viewport) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", viewport.width(), "height", viewport.height(), "deviceScaleFactor", 1, "mobile", false));
        assertEquals(List.of((long) viewport.width(), (long) viewport.height()),
                List.of(js("return window.innerWidth"), js("return window.innerHeight")), "viewport size");
    }

    /** Emulates {@code prefers-color-scheme} for this tab; it lasts across navigations. */
    void scheme(Scheme scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme.cssValue()))));
    }

    void open(String path) {
        driver.get(origin + path);
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** What the pages wrote to the console since the last call, each as "LEVEL message". */
    List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map((LogEntry entry) -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** A PNG of the whole page (not only the viewport) under target/screenshots. */
    Path screenshot(String name) {
        long width = (Long) js("return document.documentElement.clientWidth");
        long height = (Long) js("return document.documentElement.scrollHeight");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            // best effort: Chromium's helper processes may still be writing to the profile as they exit
            SiteFixture.deleteTree(profile);
        }
    }
}
