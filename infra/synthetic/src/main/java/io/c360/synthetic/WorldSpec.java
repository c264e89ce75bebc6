package io.c360.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What to generate: the seed, how many customers and products, and the simulated period {@code
 * [start, start + days)}. The same spec always generates the same world.
 *
 * @param seed the seed every random choice derives from
 * @param customers number of customers, at least 1
 * @param products number of catalog products, 1 to 65,535
 * @param start first instant of the simulated period; simulation days start at {@code start + n
 *     days}
 * @param days length of the simulated period in days, 1 to 3,650
 * @param repeatProfile how much customers buy again what they bought before ({@link
 *     RepeatProfile#MIXED}, the original generator, unless chosen)
 */
public record WorldSpec(
    long seed, int customers, int products, Instant start, int days, RepeatProfile repeatProfile) {

  /** Catalog size used by {@link #of}. */
  public static final int DEFAULT_PRODUCTS = 300;

  /** Period length used by {@link #of}. */
  public static final int DEFAULT_DAYS = 365;

  public WorldSpec {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(repeatProfile, "repeatProfile");
    if (customers < 1) {
      throw new IllegalArgumentException("customers must be at least 1, was " + customers);
    }
    if (products < 1 || products > 65_535) {
      throw new IllegalArgumentException("products must be 1 to 65535, was " + products);
    }
    if (days < 1 || days > 3_650) {
      throw new IllegalArgumentException("days must be 1 to 3650, was " + days);
    }
  }

  /** A world of the original, mixed repeat profile ({@link RepeatProfile#MIXED}). */
  public WorldSpec(long seed, int customers, int products, Instant start, int days) {
    this(seed, customers, products, start, days, RepeatProfile.MIXED);
  }

  /** The same world with another repeat profile. */
  public WorldSpec withRepeatProfile(RepeatProfile profile) {
    return new WorldSpec(seed, customers, products, start, days, profile);
  }

  /** A year of history for {@code customers} customers and 300 products, ending at {@code end}. */
  public static WorldSpec of(long seed, int customers, Instant end) {
    return new WorldSpec(
        seed, customers, DEFAULT_PRODUCTS, end.minus(Duration.ofDays(DEFAULT_DAYS)), DEFAULT_DAYS);
  }

  /** The end of the simulated period (exclusive): {@code start + days}. */
  public Instant end() {
    return start.plus(Duration.ofDays(days));
  }
}
