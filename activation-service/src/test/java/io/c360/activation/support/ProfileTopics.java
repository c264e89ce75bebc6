package io.c360.activation.support;

import io.c360.common.topic.TopicSpec;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * Publishes to identity's and scoring's topics on the devstack broker and remembers where each
 * record landed, so a test can wait until activation's consumer groups have committed past them
 * (their offsets are committed only after the work is done).
 */
final class ProfileTopics implements AutoCloseable {

  /** The consumer groups of activation that read each topic. */
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          Topics.PROFILES.name(), List.of("activation-profile-view"),
          Topics.SCORES.name(), List.of("activation-profile-view"),
          Topics.IDENTITY_MERGES.name(),
              List.of("activation-profile-view", "activation-order-merges"),
          Topics.ERASURES.name(), List.of("activation-erasures"),
          Topics.RESOLVED_EVENTS.name(), List.of("activation-orders"));

  private final KafkaProducer<String, String> producer;
  private final Map<TopicPartition, Long> written = new ConcurrentHashMap<>();

  ProfileTopics() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    producer = new KafkaProducer<>(props);
  }

  /** Sends one record and waits for the broker's acknowledgement. */
  void send(TopicSpec topic, String key, @Nullable String value) {
    try {
      RecordMetadata at = producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
      written.merge(new TopicPartition(at.topic(), at.partition()), at.offset(), Math::max);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Waits until every group reading a topic has committed past everything sent to it. */
  void awaitConsumed() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Admin admin = Admin.create(props)) {
      while (!consumed(admin)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("activation did not consume " + written + " in 30 s");
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private boolean consumed(Admin admin) throws InterruptedException, ExecutionException {
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new ConcurrentHashMap<>();
    for (Map.Entry<TopicPartition, Long> entry : written.entrySet()) {
      for (String group : GROUPS.getOrDefault(entry.getKey().topic(), List.of())) {
        Map<TopicPartition, OffsetAndMetadata> offsets = committed.get(group);
        if (offsets == null) {
          offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
          committed.put(group, offsets);
        }
        OffsetAndMetadata offset = offsets.get(entry.getKey());
        if (offset == null || offset.offset() <= entry.getValue()) {
          return false;
        }
      }
    }
    return true;
  }

  private static String bootstrap() {
    return DevStackExtension.stack().kafkaBootstrapServers();
  }

  @Override
  public void close() {
    producer.close();
  }
}
