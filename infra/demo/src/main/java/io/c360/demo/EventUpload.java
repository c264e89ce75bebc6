package io.c360.demo;

import io.c360.common.json.EventJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import tools.jackson.databind.JsonNode;

/**
 * Sends Segment messages to ingest's {@code POST /v1/batch} with each source's write key, in
 * batches below Segment's limits (500 KB, 2,500 messages), two requests in flight. ingest answers
 * only once the events are in Kafka, so when {@link #finish()} returns every accepted event is on
 * {@code c360.events.v1}.
 */
final class EventUpload implements AutoCloseable {

  static final int MAX_BATCH_BYTES = 400_000;
  static final int MAX_BATCH_MESSAGES = 1_000;
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  /** What ingest answered, summed over every batch. */
  record Result(
      long sent, long accepted, long duplicates, long rejected, List<String> firstRejections) {}

  private final Map<String, Api> bySource = new HashMap<>();
  private final Map<String, Batch> open = new HashMap<>();
  private final ExecutorService senders = Executors.newFixedThreadPool(2);
  private final Semaphore inFlight = new Semaphore(3);
  private final LongAdder sent = new LongAdder();
  private final LongAdder accepted = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final List<String> rejections = new ArrayList<>();
  private final AtomicReference<DemoFailedException> failure = new AtomicReference<>();
  private final PrintStream out;
  private final long expected;
  private final long started = System.nanoTime();
  private long lastProgress = System.nanoTime();

  /**
   * @param expected how many messages will be added, for a progress line every 10 s; 0 for none
   */
  EventUpload(DemoSettings settings, HttpClient http, PrintStream out, long expected) {
    for (String source : DemoSettings.WORLD_SOURCES) {
      bySource.put(
          source,
          Api.writeKey("ingest-service", settings.ingestUrl(), settings.writeKey(source), http));
    }
    this.out = out;
    this.expected = expected;
  }

  /** Queues one message of {@code source}; sends its source's batch when it is full. */
  void add(String source, Map<String, Object> message) {
    DemoFailedException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    byte[] json = EventJson.mapper().writeValueAsBytes(message);
    Batch batch = open.computeIfAbsent(source, s -> new Batch());
    if (batch.count > 0
        && (batch.bytes.size() + json.length + 16 > MAX_BATCH_BYTES
            || batch.count >= MAX_BATCH_MESSAGES)) {
      dispatch(source, batch);
      batch = new Batch();
      open.put(source, batch);
    }
    batch.add(json);
    progress();
  }

  /**
   * Sends every open batch now, without waiting for the answers: a paced sender (the soak run)
   * calls it on each tick, so no message waits for a batch to fill.
   */
  void flush() {
    open.forEach(this::dispatch);
    open.clear();
  }

  /** What ingest has answered so far (batches still in flight are not counted yet). */
  Result soFar() {
    synchronized (rejections) {
      return new Result(
          sent.sum(), accepted.sum(), duplicates.sum(), rejected.sum(), List.copyOf(rejections));
    }
  }

  /** Sends what is left and waits for every answer. */
  Result finish() {
    flush();
    try {
      inFlight.acquire(3);
      inFlight.release(3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted while sending events", e);
    }
    DemoFailedException failed = failure.get();
    if (failed != null) {
      throw failed;
    }
    return soFar();
  }

  @Override
  public void close() {
    senders.shutdownNow();
    try {
      senders.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void dispatch(String source, Batch batch) {
    if (batch.count == 0) {
      return;
    }
    byte[] body = batch.body();
    int count = batch.count;
    Api api = bySource.get(source);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted while sending events", e);
    }
    senders.execute(
        () -> {
          try {
            JsonNode answer = api.postJson("/v1/batch", body, 200);
            sent.add(count);
            accepted.add(answer.path("accepted").asLong(0));
            duplicates.add(answer.path("duplicates").asLong(0));
            JsonNode refused = answer.path("rejected");
            rejected.add(refused.size());
            synchronized (rejections) {
              for (JsonNode r : refused) {
                if (rejections.size() < 5) {
                  rejections.add(r.path("messageId").asString("?") + ": " + r.path("reasons"));
                }
              }
            }
          } catch (DemoFailedException e) {
            failure.compareAndSet(null, e);
          } catch (RuntimeException e) {
            failure.compareAndSet(
                null, new DemoFailedException("sending a batch to ingest-service failed: " + e, e));
          } finally {
            inFlight.release();
          }
        });
  }

  private void progress() {
    long now = System.nanoTime();
    if (expected > 0 && now - lastProgress >= PROGRESS_EVERY.toNanos()) {
      lastProgress = now;
      long done = sent.sum();
      double rate = done / ((now - started) / 1e9);
      out.printf(
          "      %,d of %,d events accepted by ingest so far (%,.0f/s)%n", done, expected, rate);
      out.flush();
    }
  }

  /** Messages of one source, already JSON, joined into a {@code {"batch": [...]}} body. */
  private static final class Batch {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(MAX_BATCH_BYTES + 1024);
    int count;

    void add(byte[] json) {
      bytes.write(count == 0 ? '[' : ',');
      bytes.writeBytes(json);
      count++;
    }

    byte[] body() {
      ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.size() + 16);
      body.writeBytes("{\"batch\":".getBytes(StandardCharsets.UTF_8));
      body.writeBytes(bytes.toByteArray());
      body.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
      return body.toByteArray();
    }
  }
}
