package io.c360.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.WithDevStack;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The platform's Kafka wiring against a real broker: a small service with a record listener and a
 * batch listener, configured as the services are (the contract deserializer behind Spring Kafka's
 * {@code ErrorHandlingDeserializer}, the auto-configured error handler and dead-letter topics).
 */
@WithDevStack
class DeadLetterIntegrationTest {

  private static final String ERASURES = Topics.ERASURES.name();
  private static final String RESOLVED = Topics.RESOLVED_EVENTS.name();
  private static final String ERASURES_DLT = ERASURES + ".test-erasures.dlt";
  private static final String RESOLVED_DLT = RESOLVED + ".test-resolved.dlt";

  private static ConfigurableApplicationContext context;
  private static KafkaProducer<String, byte[]> producer;
  private static Listeners listeners;

  @BeforeAll
  static void start() throws Exception {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    context =
        new SpringApplicationBuilder(TestService.class)
            .web(WebApplicationType.NONE)
            .properties(
                "spring.kafka.bootstrap-servers=" + bootstrapServers(),
                "spring.kafka.producer.key-serializer=" + StringSerializer.class.getName(),
                "spring.kafka.producer.value-serializer=" + ByteArraySerializer.class.getName(),
                "spring.kafka.consumer.key-deserializer=" + StringDeserializer.class.getName(),
                "spring.kafka.consumer.value-deserializer="
                    + "org.springframework.kafka.support.serializer.ErrorHandlingDeserializer",
                "spring.kafka.consumer.properties.spring.deserializer.value.delegate.class="
                    + ContractDeserializer.class.getName(),
                "spring.kafka.consumer.auto-offset-reset=earliest",
                "spring.kafka.consumer.enable-auto-commit=false")
            .run();
    listeners = context.getBean(Listeners.class);
  }

  @AfterAll
  static void stop() {
    if (context != null) {
      context.close();
    }
    if (producer != null) {
      producer.close();
    }
  }

  @Test
  void createsEachListenersDeadLetterTopicWithItsSourcesPartitionsAndALongRetention()
      throws Exception {
    try (Admin admin = admin()) {
      Map<String, TopicDescription> topics =
          admin.describeTopics(List.of(ERASURES_DLT, RESOLVED_DLT)).allTopicNames().get();
      assertThat(topics.get(ERASURES_DLT).partitions()).hasSize(Topics.ERASURES.partitions());
      assertThat(topics.get(RESOLVED_DLT).partitions())
          .hasSize(Topics.RESOLVED_EVENTS.partitions());
      ConfigResource dlt = new ConfigResource(ConfigResource.Type.TOPIC, ERASURES_DLT);
      Config config = admin.describeConfigs(List.of(dlt)).all().get().get(dlt);
      assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value())
          .isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
    }
  }

  @Test
  void aRecordThatIsNotJsonLandsOnTheDeadLetterTopicAndTheNextOneIsProcessedOnce()
      throws Exception {
    String poison = "poison-" + UUID.randomUUID();
    String next = "next-" + UUID.randomUUID();
    double countedBefore = deadLetters(ERASURES_DLT);
    ProducerRecord<String, byte[]> unreadable =
        new ProducerRecord<>(ERASURES, 0, poison, "not json {".getBytes(StandardCharsets.UTF_8));
    unreadable.headers().add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
    producer.send(unreadable).get();
    producer.send(new ProducerRecord<>(ERASURES, 0, next, json(erasure(next)))).get();

    await().atMost(Duration.ofSeconds(60)).until(() -> listeners.erased.contains(next));
    List<ConsumerRecord<String, byte[]>> dead = read(ERASURES_DLT, poison, 1);
    ConsumerRecord<String, byte[]> letter = dead.getFirst();
    assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not json {");
    assertThat(header(letter, "trace-id")).isEqualTo("t-1");
    assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(ERASURES);
    assertThat(header(letter, "kafka_dlt-exception-fqcn"))
        .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
    assertThat(header(letter, "kafka_dlt-original-consumer-group")).isEqualTo("test-erasures");
    assertThat(deadLetters(ERASURES_DLT)).as("dead letters counted").isEqualTo(countedBefore + 1);

    Thread.sleep(2_000);
    assertThat(Collections.frequency(listeners.erased, next)).as("processed once").isEqualTo(1);
    assertThat(listeners.erased).doesNotContain(poison);
  }

  @Test
  void aTransientFailureIsRetriedNotDeadLettered() throws Exception {
    String flaky = "flaky-" + UUID.randomUUID();
    producer.send(new ProducerRecord<>(ERASURES, 1, flaky, json(erasure(flaky)))).get();

    await().atMost(Duration.ofSeconds(60)).until(() -> listeners.erased.contains(flaky));
    assertThat(listeners.attempts.get(flaky).get()).as("failed twice, then succeeded").isEqualTo(3);
    assertThat(Collections.frequency(listeners.erased, flaky)).isEqualTo(1);
    assertThat(read(ERASURES_DLT, flaky, 0)).isEmpty();
  }

  @Test
  void aBatchKeepsTheRecordsBeforeTheUnreadableOneAndRedeliversTheOnesAfterIt() throws Exception {
    String run = UUID.randomUUID().toString();
    List<String> before = List.of(run + "-a", run + "-b");
    List<String> after = List.of(run + "-d", run + "-e");
    String wrongShape = run + "-c";
    String invalid = run + "-f";
    List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
    before.forEach(p -> records.add(new ProducerRecord<>(RESOLVED, 0, p, json(resolved(p)))));
    records.add(
        new ProducerRecord<>(
            RESOLVED,
            0,
            wrongShape,
            "{\"profileId\":{\"not\":\"a string\"}}".getBytes(StandardCharsets.UTF_8)));
    after.forEach(p -> records.add(new ProducerRecord<>(RESOLVED, 0, p, json(resolved(p)))));
    records.add(new ProducerRecord<>(RESOLVED, 0, invalid, json(resolved(invalid))));
    records.add(new ProducerRecord<>(RESOLVED, 0, run + "-tombstone", null));
    listeners.invalid = invalid;
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (ProducerRecord<String, byte[]> record : records) {
      sent.add(producer.send(record));
    }
    producer.flush();
    long wrongShapeOffset = sent.get(2).get().offset();

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> listeners.tombstones.contains(run + "-tombstone"));
    List<String> processed = listeners.resolved.stream().filter(p -> p.startsWith(run)).toList();
    assertThat(processed)
        .as("each readable event once, in order")
        .containsExactly(run + "-a", run + "-b", run + "-d", run + "-e");

    ConsumerRecord<String, byte[]> unreadable = read(RESOLVED_DLT, wrongShape, 1).getFirst();
    assertThat(new String(unreadable.value(), StandardCharsets.UTF_8))
        .isEqualTo("{\"profileId\":{\"not\":\"a string\"}}");
    ConsumerRecord<String, byte[]> rejected = read(RESOLVED_DLT, invalid, 1).getFirst();
    assertThat(EventJson.mapper().readValue(rejected.value(), ResolvedEvent.class).profileId())
        .isEqualTo(invalid);
    assertThat(header(rejected, "kafka_dlt-exception-message"))
        .contains("is invalid: a profile the test rejects");
    assertThat(header(unreadable, "kafka_dlt-exception-fqcn"))
        .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
    assertThat(header(unreadable, "kafka_dlt-exception-stacktrace"))
        .as("why it could not be read")
        .contains("ResolvedEvent[\"profileId\"]");
    Header offset = unreadable.headers().lastHeader("kafka_dlt-original-offset");
    assertThat(ByteBuffer.wrap(offset.value()).getLong()).isEqualTo(wrongShapeOffset);
  }

  private static List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected)
      throws Exception {
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
      Instant deadline =
          Instant.now().plus(expected == 0 ? Duration.ofSeconds(3) : Duration.ofSeconds(30));
      while (Instant.now().isBefore(deadline) && (expected == 0 || found.size() < expected)) {
        consumer
            .poll(Duration.ofMillis(200))
            .forEach(
                r -> {
                  if (key.equals(r.key())) {
                    found.add(r);
                  }
                });
      }
      return found;
    }
  }

  private static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The shared devstack's broker, which has created every topic of the catalog. */
  private static String bootstrapServers() {
    return DevStackExtension.stack().kafkaBootstrapServers();
  }

  private static Admin admin() {
    return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
  }

  private static byte[] json(Object value) {
    return EventJson.mapper().writeValueAsBytes(value);
  }

  private static ProfileErased erasure(String profileId) {
    return new ProfileErased(profileId, List.of(), Instant.now(), "test");
  }

  private static ResolvedEvent resolved(String profileId) {
    Instant now = Instant.now();
    return new ResolvedEvent(
        profileId,
        new CustomerEvent(
            UUID.randomUUID().toString(),
            EventType.TRACK,
            "Product Viewed",
            null,
            "u-" + profileId,
            null,
            null,
            null,
            null,
            Map.of(),
            null,
            null,
            now,
            null,
            null,
            now,
            "test",
            List.of()));
  }

  private static double deadLetters(String deadLetterTopic) {
    Counter counter =
        context
            .getBean(MeterRegistry.class)
            .find(ContractKafkaAutoConfiguration.DEAD_LETTERS)
            .tags("topic", ERASURES, "dead.letter.topic", deadLetterTopic)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({KafkaAutoConfiguration.class, ContractKafkaAutoConfiguration.class})
  static class TestService {

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    Listeners listeners() {
      return new Listeners();
    }
  }

  /** The small service: what it processed, in order. */
  static class Listeners {

    final List<String> erased = Collections.synchronizedList(new ArrayList<>());
    final List<String> resolved = Collections.synchronizedList(new ArrayList<>());
    final List<String> tombstones = Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    volatile @Nullable String invalid;

    @KafkaListener(id = "test-erasures", topics = "c360.erasures.v1")
    void onErasure(ProfileErased erasure) {
      int attempt =
          attempts.computeIfAbsent(erasure.profileId(), k -> new AtomicInteger()).incrementAndGet();
      if (erasure.profileId().startsWith("flaky-") && attempt < 3) {
        throw new IllegalStateException("the store is unavailable (attempt " + attempt + ")");
      }
      erased.add(erasure.profileId());
    }

    @KafkaListener(id = "test-resolved", topics = "c360.resolved-events.v1", batch = "true")
    void onResolved(List<ConsumerRecord<String, ResolvedEvent>> records) {
      ContractBatch<ResolvedEvent> batch =
          ContractBatch.of(
              records,
              event -> event.profileId().equals(invalid) ? "a profile the test rejects" : null);
      for (ConsumerRecord<String, ResolvedEvent> record : batch.records()) {
        if (record.value() == null) {
          tombstones.add(record.key());
        } else {
          resolved.add(record.value().profileId());
        }
      }
      batch.reportFailed();
    }
  }
}
