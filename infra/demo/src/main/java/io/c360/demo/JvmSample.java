package io.c360.demo;

/**
 * One service's JVM at one moment, from its Micrometer metrics.
 *
 * @param heapUsedMb {@code jvm.memory.used{area=heap}}: live objects and garbage not yet collected
 * @param heapAfterGcMb {@code jvm.gc.live.data.size}: the old generation's size after the last
 *     collection that reclaimed it (a major or mixed collection, or a young one that shrank it);
 *     NaN before the first such collection or when the service has no such metric
 * @param heapMaxMb {@code jvm.memory.max{area=heap}}
 * @param gcPauses {@code jvm.gc.pause} count since the JVM started
 * @param gcPauseMs {@code jvm.gc.pause} total time since the JVM started
 * @param gcPauseMaxMs {@code jvm.gc.pause} max, Micrometer's decaying maximum (the longest pause of
 *     roughly the last two minutes)
 * @param cpu {@code process.cpu.usage}: the JVM's recent share of all cores, 0 to 1
 */
record JvmSample(
    double heapUsedMb,
    double heapAfterGcMb,
    double heapMaxMb,
    long gcPauses,
    double gcPauseMs,
    double gcPauseMaxMs,
    double cpu) {

  private static final double MB = 1024.0 * 1024.0;

  /** Reads a service's sample; a metric the service does not have reads as NaN (or 0 pauses). */
  static JvmSample read(Api service) {
    double live = ServiceMetrics.statistic(service, "jvm.gc.live.data.size", "VALUE").orElse(0);
    return new JvmSample(
        mb(ServiceMetrics.statistic(service, "jvm.memory.used", "VALUE", "area:heap")),
        live > 0 ? live / MB : Double.NaN,
        mb(ServiceMetrics.statistic(service, "jvm.memory.max", "VALUE", "area:heap")),
        (long) ServiceMetrics.statistic(service, "jvm.gc.pause", "COUNT").orElse(0),
        ServiceMetrics.statistic(service, "jvm.gc.pause", "TOTAL_TIME").orElse(0) * 1000,
        ServiceMetrics.statistic(service, "jvm.gc.pause", "MAX").orElse(0) * 1000,
        ServiceMetrics.statistic(service, "process.cpu.usage", "VALUE").orElse(Double.NaN));
  }

  private static double mb(java.util.OptionalDouble bytes) {
    return bytes.isPresent() ? bytes.getAsDouble() / MB : Double.NaN;
  }

  /** The heap figure a trend is read from: after GC when known, else as used. */
  double heapForTrendMb() {
    return Double.isNaN(heapAfterGcMb) ? heapUsedMb : heapAfterGcMb;
  }
}
