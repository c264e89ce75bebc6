package io.c360.demo;

import java.util.HashMap;
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

  private static final Map<String, String> ENV =
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
    Map<String, String> values = new HashMap<>();
    ENV.forEach(
        (option, variable) -> {
          String value = env.get(variable);
          if (value != null && !value.isBlank()) {
            values.put(option, value.strip());
          }
        });
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new DemoFailedException("unexpected argument '" + arg + "'\n" + usage());
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!ENV.containsKey(name)) {
        throw new DemoFailedException("unknown option --" + name + "\n" + usage());
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          throw new DemoFailedException("--" + name + " needs a value\n" + usage());
        }
        value = args.get(++i);
      }
      values.put(name, value.strip());
    }
    int customers =
        number(values, "customers", DEFAULT_CUSTOMERS, MIN_CUSTOMERS, MAX_CUSTOMERS, "customers");
    int products = number(values, "products", DEFAULT_PRODUCTS, 10, 65_535, "products");
    int days = number(values, "days", DEFAULT_DAYS, MIN_DAYS, 3_650, "days");
    long seed;
    try {
      seed = values.containsKey("seed") ? Long.parseLong(values.get("seed")) : DEFAULT_SEED;
    } catch (NumberFormatException e) {
      throw new DemoFailedException(
          "--seed must be a whole number, was '" + values.get("seed") + "'");
    }
    return new DemoOptions(customers, products, days, seed, help);
  }

  private static int number(
      Map<String, String> values, String name, int fallback, int min, int max, String what) {
    String text = values.get(name);
    if (text == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new DemoFailedException(
          "--" + name + " must be a whole number of " + what + ", was '" + text + "'");
    }
    if (value < min || value > max) {
      throw new DemoFailedException(
          "--%s must be %,d to %,d, was %,d".formatted(name, min, max, value));
    }
    return value;
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
