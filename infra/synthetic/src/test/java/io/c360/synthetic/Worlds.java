package io.c360.synthetic;

import java.time.Instant;

/** Worlds shared by the tests; generated once per test JVM. */
final class Worlds {

  static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

  private static RetailWorld small;
  private static RetailWorld calibration;

  private Worlds() {}

  /** 300 customers, a year. */
  static synchronized RetailWorld small() {
    if (small == null) {
      small = RetailWorld.generate(WorldSpec.of(11, 300, END));
    }
    return small;
  }

  /** 3,000 customers, a year: enough rows to check calibration. */
  static synchronized RetailWorld calibration() {
    if (calibration == null) {
      calibration = RetailWorld.generate(WorldSpec.of(5, 3_000, END));
    }
    return calibration;
  }
}
