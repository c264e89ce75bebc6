package io.c360.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the soak run ({@code ./c360 soak}) does: for how long, at which rates, and which synthetic
 * world its traffic replays ({@link DemoOptions}' flags). Flags win over the environment, which
 * wins over the defaults.
 *
 * @param minutes how long the load runs, sampled once a minute
 * @param rate Segment events per second sent through {@code POST /v1/batch}
 * @param recommendations {@code GET /v1/recommendations} calls per second
 * @param drainMinutes how long to wait after the load for every consumer group to catch up
 * @param world the world whose customers and history the events replay
 */
record SoakOptions(
    int minutes, int rate, int recommendations, int drainMinutes, DemoOptions world, boolean help) {

  static final int DEFAULT_MINUTES = 30;

  /**
   * Half of what identity-service drained of this traffic on the shared two cores (about 40
   * events/s of live, time-ordered events, against 147 events/s for the demo's customer-by-customer
   * backfill; docs/benchmarks.md), so a lag that grows is a finding, not the load.
   */
  static final int DEFAULT_RATE = 20;

  static final int DEFAULT_RECOMMENDATIONS = 3;
  static final int DEFAULT_DRAIN_MINUTES = 5;

  private static final Map<String, String> ENV = variables();

  private static Map<String, String> variables() {
    Map<String, String> env = new HashMap<>(DemoOptions.ENV);
    env.put("minutes", "C360_SOAK_MINUTES");
    env.put("rate", "C360_SOAK_RATE");
    env.put("recommendations", "C360_SOAK_RECOMMENDATIONS");
    env.put("drain-minutes", "C360_SOAK_DRAIN_MINUTES");
    return Map.copyOf(env);
  }

  /**
   * Reads the options.
   *
   * @throws DemoFailedException naming the flag when a value is unknown, missing or out of range
   */
  static SoakOptions parse(List<String> args, Map<String, String> env) {
    CommandLine.Values values = CommandLine.read(args, env, ENV, usage());
    return new SoakOptions(
        values.number("minutes", DEFAULT_MINUTES, 1, 24 * 60, "minutes"),
        values.number("rate", DEFAULT_RATE, 1, 5_000, "events per second"),
        values.number(
            "recommendations", DEFAULT_RECOMMENDATIONS, 0, 50, "recommendation calls per second"),
        values.number("drain-minutes", DEFAULT_DRAIN_MINUTES, 0, 60, "minutes"),
        DemoOptions.of(values),
        values.help());
  }

  /** The minute (from the start of the load) at which the campaign is launched: mid-run. */
  int campaignMinute() {
    return minutes / 2;
  }

  static String usage() {
    return """
        Usage: ./c360 soak [--minutes N] [--rate N] [--recommendations N] [--drain-minutes N]
                           [--customers N] [--products N] [--days N] [--seed N]

          --minutes N          how long the mixed load runs, 1 to 1,440 (default %d; env C360_SOAK_MINUTES)
          --rate N             Segment events per second into ingest, 1 to 5,000 (default %d;
                               env C360_SOAK_RATE)
          --recommendations N  GET /v1/recommendations calls per second, 0 to 50 (default %d;
                               env C360_SOAK_RECOMMENDATIONS)
          --drain-minutes N    after the load, how long to wait for every consumer group to catch
                               up, 0 to 60 (default %d; env C360_SOAK_DRAIN_MINUTES)
          --customers, --products, --days, --seed
                               the synthetic world whose customers and history the events replay
                               (as ./c360 demo; default %,d customers)

        Besides the events: the world's catalog and stock are imported before the clock starts, its
        POS sales file one minute in, and a win-back campaign is launched at half time. Every minute
        each service's heap, GC pauses and CPU and every consumer group's lag are printed and
        written to .c360/bench/soak-<time>.csv; at the end, a verdict per service.
        """
        .formatted(
            DEFAULT_MINUTES,
            DEFAULT_RATE,
            DEFAULT_RECOMMENDATIONS,
            DEFAULT_DRAIN_MINUTES,
            DemoOptions.DEFAULT_CUSTOMERS);
  }
}
