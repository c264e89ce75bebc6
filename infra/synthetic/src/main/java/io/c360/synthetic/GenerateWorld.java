package io.c360.synthetic;

import io.c360.common.event.CustomerEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates a world and prints its size, event counts by name and how long it took: {@code java
 * io.c360.synthetic.GenerateWorld [customers] [seed]} (default 100,000 customers, seed 42).
 */
public final class GenerateWorld {

  private GenerateWorld() {}

  public static void main(String[] args) {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long started = System.nanoTime();
    RetailWorld world =
        RetailWorld.generate(WorldSpec.of(seed, customers, Instant.parse("2025-01-01T00:00:00Z")));
    long generated = System.nanoTime();
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(
        "generated %,d customers, %,d products, %,d events in %.2f s; retained heap %,d MB%n",
        customers,
        world.catalog().size(),
        world.eventCount(),
        (generated - started) / 1e9,
        (heapAfter - heapBefore) >> 20);

    long streamStarted = System.nanoTime();
    Map<String, Long> byName = new TreeMap<>();
    world.eventStream().forEach(e -> byName.merge(name(e), 1L, Long::sum));
    System.out.printf(
        "materialized every event in time order in %.2f s%n",
        (System.nanoTime() - streamStarted) / 1e9);
    byName.forEach((name, count) -> System.out.printf("  %-28s %,12d%n", name, count));
    System.out.printf(
        "total %s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
  }

  private static String name(CustomerEvent e) {
    return e.event() != null ? e.event() : e.type().wireName();
  }
}
