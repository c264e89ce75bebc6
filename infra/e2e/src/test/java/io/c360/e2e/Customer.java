package io.c360.e2e;

import java.util.Locale;

/**
 * The customer the test follows: a browser's anonymousId, the shop account's userId and email, the
 * loyalty card used in the store, and {@code marker}, a trait only this run's customer carries (the
 * win-back audience selects on it).
 */
record Customer(
    String anonymousId,
    String userId,
    String email,
    String loyaltyId,
    String firstName,
    String lastName,
    String marker) {

  /** Ann, with identifiers unique to {@code run}. */
  static Customer ann(String run) {
    return new Customer(
        "anon-" + run,
        "user-ann-" + run,
        "ann." + run + "@example.com",
        "LOY" + run.toUpperCase(Locale.ROOT),
        "Ann",
        "Lee",
        "journey-" + run);
  }
}
