package io.c360.devstack.test;

import java.time.Duration;
import java.time.Instant;

/**
 * Retries an assertion until it passes or its time is up (30 s unless told): the pipeline works
 * asynchronously.
 */
public final class Eventually {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private Eventually() {}

  public static void assertThat(Runnable assertion) {
    within(DEFAULT_TIMEOUT, assertion);
  }

  /** Retries {@code assertion} every 200 ms until it passes or {@code timeout} has passed. */
  public static void within(Duration timeout, Runnable assertion) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      try {
        assertion.run();
        return;
      } catch (AssertionError | RuntimeException e) {
        if (Instant.now().isAfter(deadline)) {
          throw e;
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
