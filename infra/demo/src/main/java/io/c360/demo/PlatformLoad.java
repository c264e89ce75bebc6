package io.c360.demo;

import io.c360.demo.IngestStep.Ingested;
import io.c360.demo.WorldStep.DemoWorld;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * The platform benchmark ({@code bench/platform-load.sh}): a world of N customers goes through
 * ingest exactly as the demo sends it (files and the Tracking API) to the five services that {@code
 * ./c360 up} runs, and the clock stops when every service has caught up: every consumer group of
 * every topic at zero lag, with no topic growing, for {@value #QUIET_SECONDS} s in a row (so
 * identity has drained, scores are written and published, audiences re-evaluated). It reports
 * events/s end to end and each service's DynamoDB requests per event by table, read from the
 * services' own metrics ({@code c360.dynamodb.requests}) before and after.
 */
public final class PlatformLoad {

  private static final int QUIET_SECONDS = 5;
  private static final Duration MAX_WAIT = Duration.ofHours(3);
  private static final String METRIC = "c360.dynamodb.requests";

  private final DemoSettings settings;
  private final DemoOptions options;
  private final PrintStream out;
  private final HttpClient http = Api.newHttpClient();

  PlatformLoad(DemoSettings settings, DemoOptions options, PrintStream out) {
    this.settings = settings;
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    int status = 1;
    try {
      Map<String, String> env = System.getenv();
      DemoOptions options = DemoOptions.parse(Arrays.asList(args), env);
      if (options.help()) {
        System.out.print(DemoOptions.usage());
        System.exit(0);
      }
      new PlatformLoad(DemoSettings.fromEnvironment(env), options, System.out).run();
      status = 0;
    } catch (DemoFailedException e) {
      System.out.flush();
      System.err.println("platform load failed: " + e.getMessage());
    }
    System.exit(status);
  }

  void run() {
    Map<String, Api> services = ServiceMetrics.services(settings, http);
    DemoWorld world = new WorldStep(out).generate(options);
    try (Admin admin = ConsumerLag.admin(settings, "c360-platform-load")) {
      awaitCaughtUp(admin, "the platform to be idle before the run");
      Map<String, Map<String, Double>> before = requests(services);
      long started = System.nanoTime();
      Ingested ingested = new IngestStep(settings, http, out).run(world);
      double sendSeconds = (System.nanoTime() - started) / 1e9;
      out.printf("      sent in %.1f s; waiting for every service to catch up...%n", sendSeconds);
      long caughtUp = awaitCaughtUp(admin, "every consumer group to catch up");
      double seconds = (caughtUp - started) / 1e9;
      Map<String, Map<String, Double>> after = requests(services);
      report(ingested.published(), sendSeconds, seconds, before, after);
    }
  }

  /**
   * Waits until every consumer group is at zero lag and no topic grows, {@value #QUIET_SECONDS}
   * polls a second apart; returns when the quiet began (System.nanoTime).
   */
  private long awaitCaughtUp(Admin admin, String what) {
    long[] quietSince = {-1};
    Map<TopicPartition, Long> lastEnds = new HashMap<>();
    long[] lastReport = {System.nanoTime()};
    return Waiting.until(
        what,
        MAX_WAIT,
        Duration.ofSeconds(1),
        () -> {
          long now = System.nanoTime();
          ConsumerLag.Snapshot lag = ConsumerLag.read(admin);
          boolean quiet = lag.behind() == 0 && lag.ends().equals(lastEnds);
          lastEnds.clear();
          lastEnds.putAll(lag.ends());
          if (!quiet) {
            quietSince[0] = -1;
            if (now - lastReport[0] > Duration.ofSeconds(15).toNanos()) {
              out.printf("      %,d records behind: %s%n", lag.behind(), lag.behindByGroup());
              out.flush();
              lastReport[0] = now;
            }
            return Optional.empty();
          }
          if (quietSince[0] < 0) {
            quietSince[0] = now;
          }
          return now - quietSince[0] >= Duration.ofSeconds(QUIET_SECONDS).toNanos()
              ? Optional.of(quietSince[0])
              : Optional.empty();
        });
  }

  /** Each service's DynamoDB requests so far, by table. */
  private static Map<String, Map<String, Double>> requests(Map<String, Api> services) {
    Map<String, Map<String, Double>> all = new LinkedHashMap<>();
    services.forEach(
        (name, api) -> {
          Map<String, Double> byTable = new TreeMap<>();
          for (String table : ServiceMetrics.tagValues(api, METRIC, "table")) {
            byTable.put(
                table, ServiceMetrics.statistic(api, METRIC, "COUNT", "table:" + table).orElse(0));
          }
          all.put(name, byTable);
        });
    return all;
  }

  private void report(
      long events,
      double sendSeconds,
      double seconds,
      Map<String, Map<String, Double>> before,
      Map<String, Map<String, Double>> after) {
    out.println();
    out.printf(
        "Platform load: %,d customers, %,d events published to c360.events.v1%n",
        options.customers(), events);
    out.printf(
        "  sent in %.1f s (%,.0f events/s into ingest); every service caught up after %.1f s:"
            + " %,.0f events/s end to end%n",
        sendSeconds, events / sendSeconds, seconds, events / seconds);
    out.println("  DynamoDB requests per event, by service and table:");
    out.printf("    %-15s %-36s %12s %10s%n", "service", "table", "requests", "per event");
    double total = 0;
    List<String> lines = new ArrayList<>();
    for (var service : after.entrySet()) {
      Map<String, Double> earlier = before.getOrDefault(service.getKey(), Map.of());
      for (var table : service.getValue().entrySet()) {
        double delta = table.getValue() - earlier.getOrDefault(table.getKey(), 0.0);
        if (delta <= 0) {
          continue;
        }
        total += delta;
        lines.add(
            "    %-15s %-36s %,12.0f %10.3f"
                .formatted(service.getKey(), table.getKey(), delta, delta / events));
      }
    }
    lines.forEach(out::println);
    out.printf("    %-15s %-36s %,12.0f %10.3f%n", "all", "", total, total / events);
  }
}
