package io.c360.devstack.test;

import java.time.Duration;
import java.time.Instant;

/** Retries an assertion until it passes or 30 s are up (the pipeline works asynchronously). */
public final class Eventually {

  private Eventually() {}

  public static void assertThat(Runnable assertion) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
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
