package io.c360.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.dedupe.InMemoryDedupeWindow;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.ingest.publishing.kafka.KafkaEventPublisher;
import io.c360.ingest.stats.EventStats;
import io.c360.ingest.support.ImportFiles;
import io.c360.ingest.support.LeaseClock;
import io.c360.platform.blob.BlobStore;
import io.c360.platform.blob.BlobWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two ingest instances (two {@link ImportService}s, each with its own dedupe window and import
 * threads, as two processes have) share the real {@code ingest-imports} table and Kafka. Instance A
 * stops dead in the middle of a file, as a killed process would; once its lease has run out on the
 * shared lease clock, instance B takes the import over and finishes it from A's checkpoint. Every
 * order reaches {@code c360.events.v1} exactly once, and A, when it wakes up, publishes nothing
 * more.
 */
class ImportTakeoverIntegrationTest extends IngestIntegrationTest {

  private static final int ORDERS = 3_000;
  private static final int ROWS = ORDERS * 2 + ORDERS / 10;

  @Autowired BlobStore blobs;
  @Autowired EventPublisher publisher;
  @Autowired ImportStore store;
  @Autowired IdentifierNormalizer normalizer;

  // far from the real clock, so the running service's own sweeper never sees these leases run out
  private final LeaseClock clock = new LeaseClock(Instant.now().plus(Duration.ofDays(1)));
  private final ExecutorService threadsOfA = Executors.newSingleThreadExecutor();
  private final ExecutorService threadsOfB = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopInstances() {
    threadsOfA.shutdownNow();
    threadsOfB.shutdownNow();
  }

  @Test
  void anotherInstanceFinishesAnImportFromTheCheckpointOfADeadOne() throws Exception {
    String prefix = "k" + UUID.randomUUID().toString().substring(0, 8);
    byte[] file = ImportFiles.posOrders(prefix, ORDERS).getBytes();
    String key = "imports/" + prefix + ".csv";
    blobs.put(key, new java.io.ByteArrayInputStream(file));
    var freezeOfA = new Freeze(file.length * 6L / 10);
    ImportService a = instance("a", freezing(blobs, freezeOfA), threadsOfA);
    ImportService b = instance("b", blobs, threadsOfB);

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      String id = a.start(new ImportService.ImportRequest("pos-sales", key, null)).importId();
      assertThat(freezeOfA.reached.await(30, TimeUnit.SECONDS)).isTrue();
      ImportReport atFreeze = store.find(id).orElseThrow();
      assertThat(atFreeze.status()).isEqualTo(ImportReport.Status.RUNNING);
      assertThat(atFreeze.checkpointRow()).isPositive().isLessThan(ROWS);

      assertThat(b.resumeAbandoned()).as("A's lease still holds").isZero();
      clock.advance(Duration.ofMinutes(1));
      assertThat(b.resumeAbandoned()).isEqualTo(1);

      Eventually.assertThat(
          () ->
              assertThat(store.find(id).orElseThrow().status())
                  .isEqualTo(ImportReport.Status.COMPLETED));
      freezeOfA.release.countDown();
      threadsOfA.shutdown();
      assertThat(threadsOfA.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      ImportReport done = store.find(id).orElseThrow();
      assertThat(done.rowsRead()).isEqualTo(ROWS);
      assertThat(done.accepted()).isEqualTo(ORDERS * 2L);
      assertThat(done.rejected()).isEqualTo(ORDERS / 10);
      assertThat(done.rejections()).hasSize(ORDERS / 10);
      assertThat(done.eventsPublished()).isEqualTo(ORDERS);
      assertThat(done.duplicates()).isZero();

      List<ConsumerRecord<String, String>> published =
          events.await(ORDERS, r -> r.value().contains("\"order_id\":\"" + prefix + "-"));
      published.addAll(
          events.drain(
              Duration.ofSeconds(3), r -> r.value().contains("\"order_id\":\"" + prefix + "-")));
      Map<String, Long> perOrder =
          published.stream()
              .map(r -> EventJson.mapper().readTree(r.value()))
              .collect(
                  Collectors.groupingBy(
                      e -> e.get("properties").get("order_id").asString(), Collectors.counting()));
      assertThat(perOrder).hasSize(ORDERS);
      assertThat(perOrder.values()).containsOnly(1L);
      assertThat(
              published.stream()
                  .map(
                      r ->
                          EventJson.mapper().readTree(r.value()).get("properties").get("products")))
          .as("no order is cut where A stopped")
          .allSatisfy(products -> assertThat(products).hasSize(2));
    }
  }

  @Test
  void retryIsRefusedUnlessTheImportFailed() {
    String key = ImportFiles.write("pos.csv", ImportFiles.posOrders("r", 3));
    ImportService a = instance("a", blobs, threadsOfA);
    String id = a.start(new ImportService.ImportRequest("pos-sales", key, null)).importId();
    Eventually.assertThat(
        () ->
            assertThat(store.find(id).orElseThrow().status())
                .isEqualTo(ImportReport.Status.COMPLETED));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.retry(id))
        .isInstanceOf(ImportService.ImportStateException.class)
        .hasMessageContaining("is COMPLETED");
    assertThat(a.retry("no-such-import")).isEmpty();
  }

  @Test
  void anImportFailsWithItsCheckpointWhenKafkaStaysAwayAndARetryFinishesIt() throws Exception {
    String prefix = "o" + UUID.randomUUID().toString().substring(0, 8);
    String key = ImportFiles.write("pos.csv", ImportFiles.posOrders(prefix, 40));
    int closedPort;
    try (var socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    var producers =
        new DefaultKafkaProducerFactory<String, byte[]>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + closedPort,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                1000));
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      var unreachable =
          new KafkaEventPublisher(
              new KafkaTemplate<>(producers), EventJson.mapper(), Duration.ofSeconds(1));
      ImportService cutOff =
          instance(
              "a",
              blobs,
              threadsOfA,
              unreachable,
              new ImportProperties(null, Duration.ofSeconds(3), null, null));
      String id = cutOff.start(new ImportService.ImportRequest("pos-sales", key, null)).importId();

      Eventually.assertThat(
          () ->
              assertThat(store.find(id).orElseThrow().status())
                  .isEqualTo(ImportReport.Status.FAILED));
      ImportReport failed = store.find(id).orElseThrow();
      assertThat(failed.failure()).contains("Kafka stayed unreachable for more than 3 s");
      assertThat(failed.checkpointRow()).isZero();
      assertThat(failed.eventsPublished()).isZero();

      ImportService healthy = instance("b", blobs, threadsOfB);
      assertThat(healthy.retry(id).orElseThrow().status()).isEqualTo(ImportReport.Status.PENDING);
      Eventually.assertThat(
          () ->
              assertThat(store.find(id).orElseThrow().status())
                  .isEqualTo(ImportReport.Status.COMPLETED));
      ImportReport done = store.find(id).orElseThrow();
      assertThat(done.rowsRead()).isEqualTo(84);
      assertThat(done.eventsPublished()).isEqualTo(40);
      assertThat(done.failure()).isNull();
      var published = events.await(40, r -> r.value().contains("\"order_id\":\"" + prefix));
      published.addAll(events.drain(Duration.ofSeconds(2), r -> r.value().contains(prefix)));
      assertThat(published).hasSize(40);
    } finally {
      producers.destroy();
    }
  }

  private ImportService instance(String name, BlobStore files, ExecutorService threads) {
    return instance(name, files, threads, publisher, ImportProperties.defaults());
  }

  private ImportService instance(
      String name,
      BlobStore files,
      ExecutorService threads,
      EventPublisher events,
      ImportProperties properties) {
    PublishOnce publishOnce =
        new PublishOnce(
            new InMemoryDedupeWindow(Duration.ofHours(24), 100_000), events, new EventStats(clock));
    return new ImportService(
        files, events, publishOnce, store, normalizer, threads, clock, properties, name);
  }

  /** Stops a reader dead after a number of bytes until released, as a frozen process would. */
  private static final class Freeze {
    final long afterBytes;
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    Freeze(long afterBytes) {
      this.afterBytes = afterBytes;
    }

    void at(long position) throws IOException {
      if (position >= afterBytes && release.getCount() > 0) {
        reached.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
      }
    }
  }

  /** The real blob store, whose streams freeze where the test says. */
  private static BlobStore freezing(BlobStore real, Freeze freeze) {
    Function<InputStream, InputStream> wrap =
        in ->
            new FilterInputStream(in) {
              long position;

              @Override
              public int read() throws IOException {
                freeze.at(position);
                int b = super.read();
                position += b < 0 ? 0 : 1;
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                freeze.at(position);
                int n = super.read(buffer, offset, (int) Math.min(length, 4096));
                position += Math.max(n, 0);
                return n;
              }
            };
    return new BlobStore() {
      @Override
      public InputStream open(String key) throws IOException {
        return wrap.apply(real.open(key));
      }

      @Override
      public void put(String key, InputStream content, long length) throws IOException {
        real.put(key, content, length);
      }

      @Override
      public void write(String key, BlobWriter writer) throws IOException {
        real.write(key, writer);
      }

      @Override
      public boolean exists(String key) throws IOException {
        return real.exists(key);
      }

      @Override
      public long size(String key) throws IOException {
        return real.size(key);
      }

      @Override
      public List<String> list(String prefix) throws IOException {
        return real.list(prefix);
      }

      @Override
      public void delete(String key) throws IOException {
        real.delete(key);
      }
    };
  }
}
