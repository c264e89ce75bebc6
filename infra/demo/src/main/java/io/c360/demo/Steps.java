package io.c360.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs the demo's steps one after the other, announcing each and measuring its wall time. */
final class Steps {

  /** How long one step took. */
  record Timing(int number, String title, Duration took) {}

  private final PrintStream out;
  private final int total;
  private final List<Timing> timings = new ArrayList<>();

  Steps(PrintStream out, int total) {
    this.out = out;
    this.total = total;
  }

  /** Prints the step's header, runs it, prints and records how long it took. */
  <T> T run(String title, Supplier<T> step) {
    int number = timings.size() + 1;
    out.printf("%n[%d/%d] %s%n", number, total, title);
    out.flush();
    long started = System.nanoTime();
    T result;
    try {
      result = step.get();
    } catch (DemoFailedException e) {
      throw new DemoFailedException("step " + number + " (" + title + "): " + e.getMessage(), e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    timings.add(new Timing(number, title, took));
    out.printf("      step %d done in %s%n", number, seconds(took));
    out.flush();
    return result;
  }

  List<Timing> timings() {
    return List.copyOf(timings);
  }

  /** "12.3 s", or "2 min 05 s" from two minutes on. */
  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 120_000) {
      return "%.1f s".formatted(millis / 1000.0);
    }
    return "%d min %02d s".formatted(millis / 60_000, (millis / 1000) % 60);
  }

  /** The per-step wall times and their total as an aligned table. */
  static List<String> table(List<Timing> timings, Duration total) {
    List<String> lines = new ArrayList<>();
    for (Timing timing : timings) {
      lines.add(
          "   %d. %-52s %10s".formatted(timing.number(), timing.title(), seconds(timing.took())));
    }
    lines.add("   %-55s %10s".formatted("total", seconds(total)));
    return lines;
  }
}
