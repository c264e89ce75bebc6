package io.c360.demo;

import io.c360.demo.WorldStep.DemoWorld;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.admin.Admin;
import org.jspecify.annotations.Nullable;

/**
 * The soak run ({@code bench/soak.sh}, {@code ./c360 soak}): a steady mixed load on the five
 * services that {@code ./c360 up} runs, for N minutes, sampled once a minute. The load is the
 * synthetic world's browser and app events through {@code POST /v1/batch} at a fixed rate ({@link
 * SoakTraffic}), a few {@code GET /v1/recommendations} calls a second for its logged-in customers,
 * its POS sales file imported one minute in, and a win-back campaign ({@link WinBackStep}) launched
 * at half time; the catalog and stock are imported before the clock starts. Each minute it reads
 * every service's heap, GC pauses and CPU from its metrics, the resident memory of every process
 * {@code ./c360} started, and every consumer group's lag ({@link ConsumerLag}); prints a line and
 * writes the CSV under {@code .c360/bench/}. After the load it waits for every group to catch up
 * and prints a verdict per service ({@link SoakRecord}).
 */
public final class Soak {

  /** How often the paced sender hands what is due to ingest. */
  private static final Duration TICK = Duration.ofMillis(500);

  private static final Duration POS_IMPORT_AT = Duration.ofMinutes(1);
  private static final Duration EXTRA_WAIT = Duration.ofMinutes(5);
  private static final List<String> PROCESSES =
      List.of(
          "devstack", "ingest", "identity", "scoring", "recommendation", "activation", "console");

  private final DemoSettings settings;
  private final SoakOptions options;
  private final Path runDir;
  private final Path benchDir;
  private final PrintStream out;
  private final HttpClient http = Api.newHttpClient();

  Soak(DemoSettings settings, SoakOptions options, Path runDir, Path benchDir, PrintStream out) {
    this.settings = settings;
    this.options = options;
    this.runDir = runDir;
    this.benchDir = benchDir;
    this.out = out;
  }

  public static void main(String[] args) {
    int status = 1;
    try {
      Map<String, String> env = System.getenv();
      SoakOptions options = SoakOptions.parse(List.of(args), env);
      if (options.help()) {
        System.out.print(SoakOptions.usage());
        System.exit(0);
      }
      new Soak(
              DemoSettings.fromEnvironment(env),
              options,
              Path.of(env.getOrDefault("C360_RUN_DIR", ".c360/run")),
              Path.of(env.getOrDefault("C360_BENCH_DIR", ".c360/bench")),
              System.out)
          .run();
      status = 0;
    } catch (DemoFailedException e) {
      System.out.flush();
      System.err.println("soak run failed: " + e.getMessage());
    }
    System.exit(status);
  }

  void run() {
    Map<String, Api> services = ServiceMetrics.services(settings, http);
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    out.printf(
        "Soak run %s: %d minutes of %,d events/s, %d recommendation calls/s, a POS import at"
            + " minute %d, a campaign at minute %d%n",
        stamp,
        options.minutes(),
        options.rate(),
        options.recommendations(),
        POS_IMPORT_AT.toMinutes(),
        options.campaignMinute());
    DemoWorld world = new WorldStep(out).generate(options.world());
    SoakTraffic traffic = new SoakTraffic(world.world().allEvents(), stamp);
    out.printf(
        "      %,d messages per pass over the world (%.1f minutes at %,d/s)%n",
        traffic.size(), traffic.size() / (options.rate() * 60.0), options.rate());
    Api ingestAdmin = services.get("ingest");
    FileImports files = new FileImports(ingestAdmin, settings.blobRoot(), out);
    out.println(
        "      before the clock: the catalog and stock, so recommendations know the products");
    files.run("catalog", "catalog.csv", WorldFiles.catalog(world.world().catalog()));
    files.run("inventory", "inventory.csv", WorldFiles.inventory(world.world().catalog()));

    Path csvPath = benchDir.resolve("soak-" + stamp + ".csv");
    try {
      Files.createDirectories(benchDir);
    } catch (IOException e) {
      throw new DemoFailedException("could not create " + benchDir + ": " + e.getMessage(), e);
    }
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    try (Admin admin = ConsumerLag.admin(settings, "c360-soak");
        Writer csv = Files.newBufferedWriter(csvPath, StandardCharsets.UTF_8);
        EventUpload upload = new EventUpload(settings, http, out, 0)) {
      SoakRecord record = new SoakRecord(csv);
      Recommendations recommendations =
          new Recommendations(
              Api.bearer(
                  "recommendation-service",
                  settings.recommendationUrl(),
                  settings.appToken(),
                  http),
              traffic.userIds());
      Sender sender = new Sender(upload, traffic);
      out.println();
      out.println(
          "min time      load | per service: heap used (after GC) MB, longest GC pause of the last"
              + " ~2 min, CPU | machine load average | consumer lag per service");
      long started = System.nanoTime();
      sample(0, started, services, admin, record, sender, recommendations);

      Thread senderThread = Thread.ofPlatform().name("soak-sender").start(sender);
      if (options.recommendations() > 0) {
        scheduler.scheduleAtFixedRate(
            recommendations::call, 0, 1_000_000 / options.recommendations(), TimeUnit.MICROSECONDS);
      }
      Future<FileImports.Report> pos =
          scheduler.schedule(
              () ->
                  files.run(
                      "pos-sales",
                      "soak-pos-sales-" + stamp + ".csv",
                      ownTransactions(WorldFiles.posSales(world.storeEvents(), false), stamp)),
              POS_IMPORT_AT.toSeconds(),
              TimeUnit.SECONDS);
      Future<WinBackStep.WinBack> campaign =
          scheduler.schedule(
              () ->
                  new WinBackStep(services.get("activation"), settings.blobRoot(), out)
                      .run(Map.of()),
              options.campaignMinute() * 60L,
              TimeUnit.SECONDS);

      for (int minute = 1; minute <= options.minutes(); minute++) {
        sleepUntil(started + Duration.ofMinutes(minute).toNanos());
        sender.check();
        sample(minute, started, services, admin, record, sender, recommendations);
      }

      sender.stop();
      join(senderThread);
      scheduler.shutdown();
      EventUpload.Result events = upload.finish();
      out.printf("%nThe load stopped after %d minutes.%n", options.minutes());
      String posReport =
          outcome(
              "POS import",
              pos,
              r -> "%,d rows, %,d events published".formatted(r.rowsRead(), r.eventsPublished()));
      String campaignReport =
          outcome(
              "campaign",
              campaign,
              w ->
                  "audience %,d, %,d emails sent, %,d held out"
                      .formatted(w.audienceSize(), w.counts().sent(), w.counts().heldOut()));

      out.printf(
          "Waiting up to %d minutes for every consumer group to catch up...%n",
          options.drainMinutes());
      Duration drained = awaitDrained(admin);
      int lastMinute = (int) Math.ceil((System.nanoTime() - started) / 60e9 - 1e-9);
      sample(
          Math.max(lastMinute, options.minutes() + 1),
          started,
          services,
          admin,
          record,
          sender,
          recommendations);

      out.println();
      out.printf(
          "Events: %,d due at %,d/s, %,d sent, %,d accepted, %,d duplicates, %,d rejected (%d"
              + " passes over the world)%n",
          sender.due.get(),
          options.rate(),
          events.sent(),
          events.accepted(),
          events.duplicates(),
          events.rejected(),
          traffic.pass());
      events.firstRejections().forEach(r -> out.println("   rejected " + r));
      out.printf(
          "Recommendations: %,d calls, %,d failed%s; latency p50 %.0f ms, p99 %.0f ms%n",
          recommendations.calls.sum(),
          recommendations.failures.sum(),
          recommendations.firstFailure.get() == null
              ? ""
              : " (first: " + recommendations.firstFailure.get() + ")",
          SoakRecord.percentile(recommendations.all, 50),
          SoakRecord.percentile(recommendations.all, 99));
      out.println("POS import: " + posReport);
      out.println("Campaign: " + campaignReport);
      out.println(
          drained == null
              ? "Drain: some consumer group was still behind %d minutes after the load"
                  .formatted(options.drainMinutes())
              : "Drain: every active consumer group caught up %.0f s after the load"
                  .formatted(drained.toMillis() / 1000.0));
      out.printf(
          "%nVerdict over minutes 1-%d (heap trend over the last %d):%n",
          options.minutes(), Math.min(SoakRecord.TREND_MINUTES, options.minutes() - 1));
      SoakRecord.table(record.verdicts(1, options.minutes(), options.rate())).forEach(out::println);
      out.println("Resident memory MB: " + record.residentMemory(1, options.minutes()));
      out.println("Samples: " + csvPath);
    } catch (IOException e) {
      throw new DemoFailedException("could not write " + csvPath + ": " + e.getMessage(), e);
    } finally {
      scheduler.shutdownNow();
    }
  }

  /** Reads every service, process and consumer group, records and prints the minute. */
  private void sample(
      int minute,
      long started,
      Map<String, Api> services,
      Admin admin,
      SoakRecord record,
      Sender sender,
      Recommendations recommendations) {
    Map<String, JvmSample> jvms = new LinkedHashMap<>();
    services.forEach(
        (name, api) -> {
          try {
            jvms.put(name, JvmSample.read(api));
          } catch (DemoFailedException e) {
            out.println("      (no metrics this minute: " + e.getMessage() + ")");
          }
        });
    Map<String, ConsumerLag.Group> groups;
    try {
      groups = ConsumerLag.read(admin).groups();
    } catch (DemoFailedException e) {
      out.println("      (no consumer lag this minute: " + e.getMessage() + ")");
      groups = Map.of();
    }
    List<Double> latencies = recommendations.drainLatencies();
    SoakRecord.Minute m =
        new SoakRecord.Minute(
            minute,
            Instant.now(),
            jvms,
            residentMemory(),
            directoryMb(settings.blobRoot().getParent()),
            loadAverage(),
            groups,
            new SoakRecord.Load(
                sender.due.get(),
                sender.upload.soFar().accepted(),
                recommendations.calls.sum(),
                recommendations.failures.sum(),
                SoakRecord.percentile(latencies, 50),
                SoakRecord.percentile(latencies, 99)));
    record.add(m);
    out.println(record.line(m));
    out.flush();
  }

  /**
   * The POS file with every transaction_id (its first column) prefixed by the run, so a second soak
   * run imports new sales rather than rows ingest already knows.
   */
  static String ownTransactions(String posFile, String run) {
    StringBuilder file = new StringBuilder();
    boolean header = true;
    for (String line : posFile.split("\n")) {
      file.append(header ? "" : "soak-" + run + "-").append(line).append('\n');
      header = false;
    }
    return file.toString();
  }

  /** Resident memory (VmRSS) of each process {@code ./c360} started, from its pid file. */
  private Map<String, Double> residentMemory() {
    Map<String, Double> rss = new LinkedHashMap<>();
    for (String name : PROCESSES) {
      try {
        String pid = Files.readString(runDir.resolve(name + ".pid")).strip();
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
          if (line.startsWith("VmRSS:")) {
            rss.put(name, Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0);
          }
        }
      } catch (IOException | RuntimeException e) {
        // not started by ./c360, or not on Linux: no figure for it
      }
    }
    return rss;
  }

  /** The one-minute load average from /proc/loadavg; NaN where there is none. */
  private static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The size of a directory's files in MB; files that vanish while it is read are skipped. */
  static double directoryMb(@Nullable Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return Double.NaN;
    }
    long[] bytes = {0};
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              bytes[0] += attributes.size();
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return Double.NaN;
    }
    return bytes[0] / (1024.0 * 1024.0);
  }

  /** Waits until every active consumer group is at zero lag; null when the drain time passes. */
  private @Nullable Duration awaitDrained(Admin admin) {
    long from = System.nanoTime();
    try {
      return Waiting.until(
          "every consumer group to catch up",
          Duration.ofMinutes(options.drainMinutes()),
          Duration.ofSeconds(2),
          () ->
              ConsumerLag.read(admin).groups().values().stream()
                      .allMatch(g -> !g.active() || g.behind() == 0)
                  ? Optional.of(Duration.ofNanos(System.nanoTime() - from))
                  : Optional.empty());
    } catch (DemoFailedException e) {
      return null;
    }
  }

  private <T> String outcome(
      String what, Future<T> task, java.util.function.Function<T, String> describe) {
    try {
      return describe.apply(task.get(EXTRA_WAIT.toSeconds(), TimeUnit.SECONDS));
    } catch (ExecutionException e) {
      String cause = e.getCause() == null ? e.toString() : e.getCause().getMessage();
      out.println("      the " + what + " failed: " + cause);
      return "FAILED: " + cause;
    } catch (TimeoutException e) {
      task.cancel(true);
      return "not finished " + EXTRA_WAIT.toMinutes() + " minutes after the load";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      Waiting.sleep(Duration.ofNanos(wait));
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }

  /**
   * Hands ingest what the fixed rate makes due, every {@link #TICK}: {@code rate x seconds since
   * the start} messages in all, in batches per source. When ingest is slower than the rate, what is
   * due piles up here and goes out as ingest answers (at most three batches in flight).
   */
  private final class Sender implements Runnable {
    final EventUpload upload;
    final SoakTraffic traffic;
    final AtomicLong due = new AtomicLong();
    final AtomicBoolean stopped = new AtomicBoolean();
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Sender(EventUpload upload, SoakTraffic traffic) {
      this.upload = upload;
      this.traffic = traffic;
    }

    @Override
    public void run() {
      long start = System.nanoTime();
      long queued = 0;
      try {
        while (!stopped.get()) {
          long now = (long) ((System.nanoTime() - start) / 1e9 * options.rate());
          due.set(now);
          for (; queued < now; queued++) {
            SoakTraffic.Message m = traffic.next();
            upload.add(m.source(), m.body());
          }
          upload.flush();
          Waiting.sleep(TICK);
        }
      } catch (RuntimeException e) {
        failure.set(e);
      }
    }

    void stop() {
      stopped.set(true);
    }

    /** Fails the run when sending failed (ingest refused a batch or did not answer). */
    void check() {
      RuntimeException e = failure.get();
      if (e != null) {
        throw new DemoFailedException("sending events stopped: " + e.getMessage(), e);
      }
    }
  }

  /**
   * {@code GET /v1/recommendations} for the home page of a random logged-in customer of the world,
   * with the app token, as a shop's front end would call it; counts failures and keeps latencies.
   */
  private static final class Recommendations {
    final Api api;
    final List<String> userIds;
    final LongAdder calls = new LongAdder();
    final LongAdder failures = new LongAdder();
    final AtomicReference<@Nullable String> firstFailure = new AtomicReference<>();
    final ConcurrentLinkedQueue<Double> recent = new ConcurrentLinkedQueue<>();
    final List<Double> all = java.util.Collections.synchronizedList(new ArrayList<>());

    Recommendations(Api api, List<String> userIds) {
      this.api = api;
      this.userIds = userIds;
    }

    void call() {
      String userId = userIds.get(ThreadLocalRandom.current().nextInt(userIds.size()));
      String path =
          "/v1/recommendations"
              + Api.query(Map.of("userId", userId, "context", "home", "numResults", 5));
      long start = System.nanoTime();
      try {
        Api.Response response = api.exchange("GET", path, null);
        double ms = (System.nanoTime() - start) / 1e6;
        recent.add(ms);
        all.add(ms);
        if (response.status() != 200) {
          failures.increment();
          firstFailure.compareAndSet(null, api.failure("GET", path, response));
        }
      } catch (DemoFailedException e) {
        failures.increment();
        firstFailure.compareAndSet(null, e.getMessage());
      } finally {
        calls.increment();
      }
    }

    /** The latencies since the last call of this method. */
    List<Double> drainLatencies() {
      List<Double> drained = new ArrayList<>();
      for (Double ms; (ms = recent.poll()) != null; ) {
        drained.add(ms);
      }
      return drained;
    }
  }
}
