package io.c360.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Polls until something is there, with a deadline; every wait in the demo goes through here. */
final class Waiting {

  private Waiting() {}

  /**
   * Calls {@code poll} every {@code interval} until it gives a value.
   *
   * @param what what is awaited, for the message when the deadline passes ("scoring-service to
   *     finish training job 7")
   * @throws DemoFailedException when {@code timeout} passes first
   */
  static <T> T until(String what, Duration timeout, Duration interval, Supplier<Optional<T>> poll) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> value = poll.get();
      if (value.isPresent()) {
        return value.get();
      }
      if (System.nanoTime() > deadline) {
        throw new DemoFailedException(
            "gave up waiting for " + what + " after " + timeout.toSeconds() + " s");
      }
      sleep(interval);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }
}
