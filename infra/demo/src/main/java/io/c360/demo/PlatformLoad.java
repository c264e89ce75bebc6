package io.c360.demo;

import io.c360.demo.IngestStep.Ingested;
import io.c360.demo.WorldStep.DemoWorld;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
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
  private static final String REQUESTS = "c360.dynamodb.requests";
  private static final String ITEMS = "c360.dynamodb.items";
  private static final String CPU = "process.cpu.time";

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
      Map<String, Map<String, Double>> before = counts(services, REQUESTS);
      Map<String, Map<String, Double>> itemsBefore = counts(services, ITEMS);
      Map<String, Double> cpuBefore = cpuSeconds(services);
      long started = System.nanoTime();
      Ingested ingested = new IngestStep(settings, http, out).run(world);
      double sendSeconds = (System.nanoTime() - started) / 1e9;
      out.printf("      sent in %.1f s; waiting for every service to catch up...%n", sendSeconds);
      long caughtUp = awaitCaughtUp(admin, "every consumer group to catch up");
      double seconds = (caughtUp - started) / 1e9;
      report(
          ingested.published(),
          sendSeconds,
          seconds,
          delta(before, counts(services, REQUESTS)),
          delta(itemsBefore, counts(services, ITEMS)));
      reportCpu(ingested.published(), seconds, cpuBefore, cpuSeconds(services));
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
          ConsumerLag.Snapshot lag;
          try {
            lag = ConsumerLag.read(admin);
          } catch (DemoFailedException late) {
            if (!(late.getCause() instanceof TimeoutException)) {
              throw late;
            }
            // a machine this loaded answers late; the next poll asks again
            out.printf("      (Kafka answered the lag query late; asking again)%n");
            quietSince[0] = -1;
            return Optional.empty();
          }
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

  /** What each service counted on {@code metric} between two readings, by table. */
  private static Map<String, Map<String, Double>> delta(
      Map<String, Map<String, Double>> before, Map<String, Map<String, Double>> after) {
    Map<String, Map<String, Double>> delta = new LinkedHashMap<>();
    after.forEach(
        (service, byTable) -> {
          Map<String, Double> earlier = before.getOrDefault(service, Map.of());
          Map<String, Double> grown = new TreeMap<>();
          byTable.forEach((table, n) -> grown.put(table, n - earlier.getOrDefault(table, 0.0)));
          delta.put(service, grown);
        });
    return delta;
  }

  /** Each service's count of a DynamoDB metric ({@link #REQUESTS}, {@link #ITEMS}) by table. */
  private static Map<String, Map<String, Double>> counts(Map<String, Api> services, String metric) {
    Map<String, Map<String, Double>> all = new LinkedHashMap<>();
    services.forEach(
        (name, api) -> {
          Map<String, Double> byTable = new TreeMap<>();
          for (String table : ServiceMetrics.tagValues(api, metric, "table")) {
            byTable.put(
                table, ServiceMetrics.statistic(api, metric, "COUNT", "table:" + table).orElse(0));
          }
          all.put(name, byTable);
        });
    return all;
  }

  private void report(
      long events,
      double sendSeconds,
      double seconds,
      Map<String, Map<String, Double>> requests,
      Map<String, Map<String, Double>> items) {
    out.println();
    out.printf(
        "Platform load: %,d customers, %,d events published to c360.events.v1%n",
        options.customers(), events);
    out.printf(
        "  sent in %.1f s (%,.0f events/s into ingest); every service caught up after %.1f s:"
            + " %,.0f events/s end to end%n",
        sendSeconds, events / sendSeconds, seconds, events / seconds);
    out.println("  DynamoDB requests and items per event, by service and table:");
    String row = "    %-15s %-36s %12s %10s %12s %10s%n";
    out.printf(row, "service", "table", "requests", "per event", "items", "per event");
    double totalRequests = 0;
    double totalItems = 0;
    for (var service : requests.entrySet()) {
      Map<String, Double> itemsOf = items.getOrDefault(service.getKey(), Map.of());
      for (var table : service.getValue().entrySet()) {
        double n = table.getValue();
        double i = itemsOf.getOrDefault(table.getKey(), 0.0);
        if (n <= 0) {
          continue;
        }
        totalRequests += n;
        totalItems += i;
        out.printf(
            row,
            service.getKey(),
            table.getKey(),
            "%,.0f".formatted(n),
            "%.3f".formatted(n / events),
            "%,.0f".formatted(i),
            "%.3f".formatted(i / events));
      }
    }
    out.printf(
        row,
        "all",
        "",
        "%,.0f".formatted(totalRequests),
        "%.3f".formatted(totalRequests / events),
        "%,.0f".formatted(totalItems),
        "%.3f".formatted(totalItems / events));
  }

  /**
   * CPU seconds each process has used so far: the services from their {@code process.cpu.time}
   * metric, the devstack (Kafka and DynamoDB Local, which have no metrics endpoint) from the
   * operating system when {@code C360_DEVSTACK_PID} names it.
   */
  private static Map<String, Double> cpuSeconds(Map<String, Api> services) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    services.forEach(
        (name, api) ->
            ServiceMetrics.statistic(api, CPU, "COUNT")
                .ifPresent(nanos -> seconds.put(name, nanos / 1e9)));
    String devstack = System.getenv("C360_DEVSTACK_PID");
    if (devstack != null && !devstack.isBlank()) {
      ProcessHandle.of(Long.parseLong(devstack.trim()))
          .flatMap(p -> p.info().totalCpuDuration())
          .ifPresent(cpu -> seconds.put("devstack", cpu.toNanos() / 1e9));
    }
    return seconds;
  }

  /**
   * Where the machine's CPU went, per event: with every process's CPU time per event summed, the
   * machine's cores bound the platform at cores / (CPU seconds per event) events/s whatever the
   * code's concurrency, which is the ceiling this run measured.
   */
  private void reportCpu(
      long events, double seconds, Map<String, Double> before, Map<String, Double> after) {
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf("  CPU used during the run (%d cores, %.1f s):%n", cores, seconds);
    String row = "    %-15s %10s %12s%n";
    out.printf(row, "process", "CPU s", "ms per event");
    double total = 0;
    for (var process : after.entrySet()) {
      double used = process.getValue() - before.getOrDefault(process.getKey(), 0.0);
      total += used;
      out.printf(
          row, process.getKey(), "%.1f".formatted(used), "%.3f".formatted(used * 1000 / events));
    }
    out.printf(row, "all", "%.1f".formatted(total), "%.3f".formatted(total * 1000 / events));
    out.printf(
        "  the machine was %.0f %% busy with C360; at this CPU per event its %d cores allow at most"
            + " %,.0f events/s%n",
        100 * total / (seconds * cores), cores, cores * events / total);
  }
}
