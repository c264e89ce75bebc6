package io.c360.synthetic;

/**
 * A small, fast, splittable pseudo-random generator (SplitMix64), implemented here so that worlds
 * stay identical across JDK versions. Not thread-safe; each simulated customer and each Monte Carlo
 * path owns one.
 */
final class Rng {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private long state;

  Rng(long seed) {
    this.state = seed;
  }

  /** A well-mixed seed from several parts, so that streams for different keys are independent. */
  static long seed(long... parts) {
    long h = 0x2545F4914F6CDD1DL;
    for (long part : parts) {
      h = mix(h + GOLDEN + mix(part ^ 0x632BE59BD9B4E019L));
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /** Uniform in [from, to]. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** Standard normal (Box-Muller). */
  double gaussian() {
    double u = 1.0 - nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * nextDouble());
  }

  <T> T pick(T[] values) {
    return values[nextInt(values.length)];
  }
}
