package io.github.conglongli.site.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for something another thread does (a reload, a browser's refresh), with a deadline:
 * the one place in the tests that polls, so no test sleeps to order events.
 */
public final class Await {

    private static final Duration POLL = Duration.ofMillis(10);

    private Await() {}

    /** Polls until {@code condition} holds; fails after {@code timeout}. */
    public static void until(Duration timeout, String what, BooleanSupplier condition) {
        until(timeout, POLL, what, condition);
    }

    /** Polls every {@code poll} until {@code condition} holds; fails after {@code timeout}. */
    public static void until(Duration timeout, Duration poll, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
