package io.c360.bench;

import io.c360.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Counts what identity-service announces from the moment it is made: distinct messageIds on {@code
 * c360.resolved-events.v1} (an event is done once it is there: the pipeline publishes only after
 * profile and timeline are stored), records on {@code c360.profiles.v1} (one per profile write) and
 * on {@code c360.identity-merges.v1}. It reads with its own consumer (no group, assigned to every
 * partition at the current end) on one thread, and parses only the messageId out of each value.
 */
final class OutputCounter implements AutoCloseable {

  private static final byte[] MESSAGE_ID = "\"messageId\":\"".getBytes(StandardCharsets.US_ASCII);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Thread thread;
  private final Set<String> seen = new HashSet<>();
  private volatile boolean running = true;
  private long resolvedRecords;
  private long profileRecords;
  private long mergeRecords;
  private long firstAt;
  private long lastNewAt;

  OutputCounter(String bootstrapServers) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    consumer = new KafkaConsumer<>(p);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic :
        List.of(
            Topics.RESOLVED_EVENTS.name(), Topics.PROFILES.name(), Topics.IDENTITY_MERGES.name())) {
      for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    ends.forEach(consumer::seek);
    thread = Thread.ofPlatform().name("output-counter").daemon().start(this::poll);
  }

  private void poll() {
    while (running) {
      var records = consumer.poll(Duration.ofMillis(100));
      long now = System.nanoTime();
      synchronized (this) {
        for (ConsumerRecord<byte[], byte[]> record : records) {
          String topic = record.topic();
          if (topic.equals(Topics.RESOLVED_EVENTS.name())) {
            resolvedRecords++;
            String messageId = messageId(record.value());
            if (messageId != null && seen.add(messageId)) {
              if (firstAt == 0) {
                firstAt = now;
              }
              lastNewAt = now;
            }
          } else if (topic.equals(Topics.PROFILES.name())) {
            profileRecords++;
          } else {
            mergeRecords++;
          }
        }
        notifyAll();
      }
    }
    consumer.close();
  }

  /** What was counted so far. */
  record Counts(
      long distinctResolved,
      long resolvedRecords,
      long profileRecords,
      long mergeRecords,
      long firstAtNanos,
      long lastNewAtNanos) {}

  synchronized Counts counts() {
    return new Counts(
        seen.size(), resolvedRecords, profileRecords, mergeRecords, firstAt, lastNewAt);
  }

  /**
   * Waits until {@code target} distinct events are announced, printing progress every 5 s; gives up
   * when nothing new arrives for {@code stall}.
   */
  synchronized Counts await(long target, Duration stall, String label) throws InterruptedException {
    long lastProgress = System.nanoTime();
    long lastPrint = lastProgress;
    long lastCount = -1;
    long lastPrinted = 0;
    while (seen.size() < target) {
      wait(200);
      long now = System.nanoTime();
      if (seen.size() != lastCount) {
        lastCount = seen.size();
        lastProgress = now;
      } else if (now - lastProgress > stall.toNanos()) {
        System.out.printf(
            "%s: stalled at %,d of %,d events for %d s; giving up%n",
            label, seen.size(), target, stall.toSeconds());
        break;
      }
      if (now - lastPrint >= 5_000_000_000L) {
        System.out.printf(
            "%s: %,d of %,d events resolved (%,.0f/s over the last %.0f s)%n",
            label,
            seen.size(),
            target,
            (seen.size() - lastPrinted) / ((now - lastPrint) / 1e9),
            (now - lastPrint) / 1e9);
        lastPrint = now;
        lastPrinted = seen.size();
      }
    }
    return counts();
  }

  private static @Nullable String messageId(byte @Nullable [] value) {
    if (value == null) {
      return null;
    }
    outer:
    for (int i = 0; i + MESSAGE_ID.length < value.length; i++) {
      for (int j = 0; j < MESSAGE_ID.length; j++) {
        if (value[i + j] != MESSAGE_ID[j]) {
          continue outer;
        }
      }
      int from = i + MESSAGE_ID.length;
      int to = from;
      while (to < value.length && value[to] != '"') {
        to++;
      }
      return new String(value, from, to - from, StandardCharsets.US_ASCII);
    }
    return null;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(5_000);
  }
}
