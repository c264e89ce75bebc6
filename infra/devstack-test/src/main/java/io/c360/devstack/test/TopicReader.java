package io.c360.devstack.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what reached a topic after the reader was made: it remembers the end offsets at creation
 * and returns records from there on, so tests sharing the broker do not see each other's records.
 */
public final class TopicReader implements AutoCloseable {

  private final KafkaConsumer<String, String> consumer;

  public TopicReader(String topic) {
    Properties props = new Properties();
    props.put(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DevStackExtension.stack().kafkaBootstrapServers());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumer = new KafkaConsumer<>(props);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    end.forEach(consumer::seek);
  }

  /** Waits up to 20 s for {@code count} records that match, and returns every matching one. */
  public List<ConsumerRecord<String, String>> await(
      int count, Predicate<ConsumerRecord<String, String>> matching) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    Instant deadline = Instant.now().plusSeconds(20);
    while (found.size() < count && Instant.now().isBefore(deadline)) {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
        if (matching.test(r)) {
          found.add(r);
        }
      }
    }
    return found;
  }

  /** Everything that matches and arrives within {@code quiet} after the last poll. */
  public List<ConsumerRecord<String, String>> drain(
      Duration quiet, Predicate<ConsumerRecord<String, String>> matching) {
    List<ConsumerRecord<String, String>> found = new ArrayList<>();
    Instant until = Instant.now().plus(quiet);
    while (Instant.now().isBefore(until)) {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
        if (matching.test(r)) {
          found.add(r);
        }
      }
    }
    return found;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
