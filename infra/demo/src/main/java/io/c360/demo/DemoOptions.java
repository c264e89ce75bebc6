package io.c360.demo;

import java.util.List;
import java.util.Map;

/**
 * How big a world the demo generates: {@code --customers N --products N --days N --seed N} on the
 * command line, else {@code C360_DEMO_CUSTOMERS}, {@code C360_DEMO_PRODUCTS}, {@code
 * C360_DEMO_DAYS}, {@code C360_DEMO_SEED}, else the defaults, which finish in about six minutes on
 * a two-core machine (see docs/demo.md).
 */
record DemoOptions(int customers, int products, int days, long seed, boolean help) {

  static final int DEFAULT_CUSTOMERS = 500;
  static final int DEFAULT_PRODUCTS = 300;
  static final int DEFAULT_DAYS = 365;
  static final long DEFAULT_SEED = 2026;

  /**
   * Fewest days: churn_90d trains on six cutoffs 30 days apart with a 90-day label window, so the
   * oldest cutoff is 240 days before the end, and customers need some history before it.
   */
  static final int MIN_DAYS = 300;

  /** Fewest customers: both models need enough positive and negative rows in each split. */
  static final int MIN_CUSTOMERS = 300;

  static final int MAX_CUSTOMERS = 100_000;

  /** Each option's environment variable. */
  static final Map<String, String> ENV =
      Map.of(
          "customers", "C360_DEMO_CUSTOMERS",
          "products", "C360_DEMO_PRODUCTS",
          "days", "C360_DEMO_DAYS",
          "seed", "C360_DEMO_SEED");

  static DemoOptions defaults() {
    return new DemoOptions(DEFAULT_CUSTOMERS, DEFAULT_PRODUCTS, DEFAULT_DAYS, DEFAULT_SEED, false);
  }

  /**
   * Reads the options: command-line flags win over the environment, which wins over the defaults.
   *
   * @throws DemoFailedException naming the flag when a value is unknown, missing or out of range
   */
  static DemoOptions parse(List<String> args, Map<String, String> env) {
    return of(CommandLine.read(args, env, ENV, usage()));
  }

  /** The world's size from values read by {@link CommandLine} (other options are ignored). */
  static DemoOptions of(CommandLine.Values values) {
    int customers =
        values.number("customers", DEFAULT_CUSTOMERS, MIN_CUSTOMERS, MAX_CUSTOMERS, "customers");
    int products = values.number("products", DEFAULT_PRODUCTS, 10, 65_535, "products");
    int days = values.number("days", DEFAULT_DAYS, MIN_DAYS, 3_650, "days");
    String seedText = values.values().get("seed");
    long seed;
    try {
      seed = seedText != null ? Long.parseLong(seedText) : DEFAULT_SEED;
    } catch (NumberFormatException e) {
      throw new DemoFailedException("--seed must be a whole number, was '" + seedText + "'");
    }
    return new DemoOptions(customers, products, days, seed, values.help());
  }

  static String usage() {
    return """
        Usage: ./c360 demo [--customers N] [--products N] [--days N] [--seed N]

          --customers N   customers in the world, %,d to %,d (default %,d; env C360_DEMO_CUSTOMERS)
          --products N    catalog products, 10 to 65,535 (default %d; env C360_DEMO_PRODUCTS)
          --days N        days of history, %d to 3,650 (default %d; env C360_DEMO_DAYS)
          --seed N        the world's seed (default %d; env C360_DEMO_SEED)

        About 125 events per customer and year go through identity resolution, which takes
        about 1,200 events/s on a two-core machine: the defaults finish in about six minutes.
        """
        .formatted(
            MIN_CUSTOMERS,
            MAX_CUSTOMERS,
            DEFAULT_CUSTOMERS,
            DEFAULT_PRODUCTS,
            MIN_DAYS,
            DEFAULT_DAYS,
            DEFAULT_SEED);
  }
}
