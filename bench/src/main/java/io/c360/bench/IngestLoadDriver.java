package io.c360.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Load driver for ingest-service. Sends {@code /v1/batch} requests of 100 ~1 KB events at rising
 * concurrency and reports accepted events/s and batch latency (p50, p99); in the same run it sends
 * the same bytes straight to the same broker with a raw Kafka producer (same acks, idempotence,
 * compression and linger as ingest), so the result reads as a ratio of what Kafka itself does here.
 *
 * <p>Arguments (all optional): {@code --ingest-url http://localhost:8081 --write-key KEY --kafka
 * localhost:9092 --concurrency 1,2,4,8,16 --seconds 15 --warmup-seconds 5 --batch 100 --event-bytes
 * 1024}. The write key defaults to {@code $C360_WRITE_KEY}.
 */
public final class IngestLoadDriver {

  private final Map<String, String> args;
  private final SampleEvents events;
  private final int batchSize;

  private IngestLoadDriver(Map<String, String> args) {
    this.args = args;
    this.batchSize = Integer.parseInt(args.getOrDefault("batch", "100"));
    this.events =
        new SampleEvents(Integer.parseInt(args.getOrDefault("event-bytes", "1024")), 10_000);
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
    }
    new IngestLoadDriver(args).run();
  }

  /** One measured step. */
  record Result(
      String what,
      int concurrency,
      double eventsPerSecond,
      double p50Ms,
      double p99Ms,
      long errors) {}

  private void run() throws Exception {
    String ingestUrl = args.getOrDefault("ingest-url", "http://localhost:8081");
    String writeKey =
        args.getOrDefault("write-key", System.getenv().getOrDefault("C360_WRITE_KEY", ""));
    String kafka = args.getOrDefault("kafka", "localhost:9092");
    int[] levels =
        Arrays.stream(args.getOrDefault("concurrency", "1,2,4,8,16").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    Duration measure = Duration.ofSeconds(Long.parseLong(args.getOrDefault("seconds", "15")));
    Duration warmup = Duration.ofSeconds(Long.parseLong(args.getOrDefault("warmup-seconds", "5")));
    if (writeKey.isBlank()) {
      throw new IllegalArgumentException("give --write-key or set C360_WRITE_KEY");
    }

    List<Result> results = new ArrayList<>();
    System.out.printf(
        Locale.ROOT,
        "C360 ingest load: %d cores, batches of %d events of ~%s bytes, %ds per step%n",
        Runtime.getRuntime().availableProcessors(),
        batchSize,
        args.getOrDefault("event-bytes", "1024"),
        measure.toSeconds());

    String rawTopic = "c360.bench-raw.v1";
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
      if (!admin.listTopics().names().get().contains(rawTopic)) {
        admin.createTopics(List.of(new NewTopic(rawTopic, 6, (short) 1))).all().get();
      }
    }
    String only = args.getOrDefault("only", "all");
    if (!only.equals("http")) {
      try (KafkaProducer<String, byte[]> producer = rawProducer(kafka)) {
        results.add(rawAsync(producer, rawTopic, warmup, measure));
        for (int c : levels) {
          results.add(rawBatches(producer, rawTopic, c, warmup, measure));
        }
      }
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
    if (!only.equals("raw")) {
      for (int c : levels) {
        results.add(http(http, ingestUrl, auth, c, warmup, measure));
      }
    }
    printTable(results);
  }

  private KafkaProducer<String, byte[]> rawProducer(String kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
    return new KafkaProducer<>(p);
  }

  /**
   * The raw ceiling: one thread sending as fast as the producer accepts, acks awaited at the end.
   */
  private Result rawAsync(
      KafkaProducer<String, byte[]> producer, String topic, Duration warmup, Duration measure)
      throws Exception {
    sendRawFor(producer, topic, warmup);
    Instant start = Instant.now();
    long sent = sendRawFor(producer, topic, measure);
    producer.flush();
    double seconds = Duration.between(start, Instant.now()).toNanos() / 1e9;
    return new Result("raw producer, async", 1, sent / seconds, Double.NaN, Double.NaN, 0);
  }

  private long sendRawFor(KafkaProducer<String, byte[]> producer, String topic, Duration d) {
    Instant end = Instant.now().plus(d);
    long sent = 0;
    while (Instant.now().isBefore(end)) {
      for (int i = 0; i < 1000; i++) {
        String event = events.event();
        producer.send(
            new ProducerRecord<>(topic, key(event), event.getBytes(StandardCharsets.UTF_8)));
        sent++;
      }
    }
    producer.flush();
    return sent;
  }

  /** What ingest does per request, without HTTP: send 100 records, wait for all their acks. */
  private Result rawBatches(
      KafkaProducer<String, byte[]> producer,
      String topic,
      int concurrency,
      Duration warmup,
      Duration measure)
      throws Exception {
    return measureLoop(
        "raw producer, " + batchSize + "-record batches awaited",
        concurrency,
        warmup,
        measure,
        () -> {
          List<CompletableFuture<Void>> acks = new ArrayList<>(batchSize);
          for (int i = 0; i < batchSize; i++) {
            String event = events.event();
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producer.send(
                new ProducerRecord<>(topic, key(event), event.getBytes(StandardCharsets.UTF_8)),
                (m, e) -> {
                  if (e == null) {
                    ack.complete(null);
                  } else {
                    ack.completeExceptionally(e);
                  }
                });
            acks.add(ack);
          }
          CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get();
          return batchSize;
        });
  }

  private Result http(
      HttpClient http, String url, String auth, int concurrency, Duration warmup, Duration measure)
      throws Exception {
    URI uri = URI.create(url + "/v1/batch");
    return measureLoop(
        "ingest /v1/batch over HTTP",
        concurrency,
        warmup,
        measure,
        () -> {
          HttpRequest request =
              HttpRequest.newBuilder(uri)
                  .header("Authorization", auth)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(events.batch(batchSize)))
                  .build();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
          }
          String body = response.body();
          int at = body.indexOf("\"accepted\":");
          int end = body.indexOf(',', at);
          return Integer.parseInt(body.substring(at + 11, end));
        });
  }

  interface Step {
    int call() throws Exception;
  }

  private Result measureLoop(
      String what, int concurrency, Duration warmup, Duration measure, Step step) throws Exception {
    AtomicLong accepted = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<long[]> latencies = new ArrayList<>();
    Instant measureFrom = Instant.now().plus(warmup);
    Instant end = measureFrom.plus(measure);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      long[] mine = new long[1 << 20];
      latencies.add(mine);
      Thread thread =
          Thread.ofPlatform()
              .start(
                  () -> {
                    int n = 0;
                    while (true) {
                      Instant now = Instant.now();
                      if (!now.isBefore(end)) {
                        break;
                      }
                      long t0 = System.nanoTime();
                      try {
                        int ok = step.call();
                        long took = System.nanoTime() - t0;
                        if (!now.isBefore(measureFrom)) {
                          accepted.addAndGet(ok);
                          if (n < mine.length - 1) {
                            mine[++n] = took;
                          }
                        }
                      } catch (Exception e) {
                        errors.incrementAndGet();
                      }
                    }
                    mine[0] = n;
                  });
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    long count = latencies.stream().mapToLong(l -> l[0]).sum();
    long[] all = new long[(int) count];
    int i = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 1, all, i, (int) l[0]);
      i += (int) l[0];
    }
    Arrays.sort(all);
    double p50 = all.length == 0 ? Double.NaN : all[(int) (all.length * 0.50)] / 1e6;
    double p99 =
        all.length == 0
            ? Double.NaN
            : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
    Result result =
        new Result(
            what,
            concurrency,
            accepted.get() / (double) measure.toSeconds(),
            p50,
            p99,
            errors.get());
    System.out.printf(
        Locale.ROOT,
        "%-45s c=%-3d %,10.0f events/s  p50 %7.1f ms  p99 %7.1f ms  errors %d%n",
        result.what(),
        concurrency,
        result.eventsPerSecond(),
        p50,
        p99,
        result.errors());
    return result;
  }

  private static String key(String event) {
    int at = event.indexOf("\"userId\":\"") + 10;
    return event.substring(at, event.indexOf('"', at));
  }

  private static void printTable(List<Result> results) {
    double raw =
        results.stream()
            .filter(r -> r.what().startsWith("raw"))
            .mapToDouble(Result::eventsPerSecond)
            .max()
            .orElse(Double.NaN);
    System.out.println();
    System.out.println(
        "| path | concurrency | events/s | p50 batch ms | p99 batch ms | errors | % of best raw |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | %,.0f | %s | %s | %d | %.0f %% |%n",
          r.what(),
          r.concurrency(),
          r.eventsPerSecond(),
          Double.isNaN(r.p50Ms()) ? "–" : String.format(Locale.ROOT, "%.1f", r.p50Ms()),
          Double.isNaN(r.p99Ms()) ? "–" : String.format(Locale.ROOT, "%.1f", r.p99Ms()),
          r.errors(),
          100 * r.eventsPerSecond() / raw);
    }
  }
}
