package io.c360.ingest.dedupe.kafka;

import io.c360.common.topic.Topics;
import io.c360.ingest.dedupe.InMemoryDedupeWindow;
import io.c360.ingest.publishing.kafka.KafkaEventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Before the service takes traffic, reads back the last window of {@code c360.events.v1} (headers
 * only) so the dedupe window survives a restart: the log itself is the durable record of what was
 * published, and no second store has to be written on the hot path.
 *
 * <p>This is a bounded catch-up read to the end offsets seen at start, not a consumer loop: it
 * ends, closes its consumer, and only then lets the context finish starting (and readiness turn
 * true).
 */
class DedupeWarmup implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DedupeWarmup.class);

  private final ConsumerFactory<String, byte[]> consumers;
  private final InMemoryDedupeWindow window;
  private final Clock clock;
  private final Duration timeout;
  private volatile boolean running;

  DedupeWarmup(
      ConsumerFactory<String, byte[]> consumers,
      InMemoryDedupeWindow window,
      Clock clock,
      Duration timeout) {
    this.consumers = consumers;
    this.window = window;
    this.clock = clock;
    this.timeout = timeout;
  }

  @Override
  public void start() {
    Instant from = clock.instant().minus(window.window());
    long loaded = 0;
    try (Consumer<String, byte[]> consumer =
        consumers.createConsumer("c360-ingest-dedupe-warmup", "warmup")) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.EVENTS.name(), Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      Map<TopicPartition, Long> query = new HashMap<>();
      partitions.forEach(p -> query.put(p, from.toEpochMilli()));
      Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query);
      for (TopicPartition p : partitions) {
        OffsetAndTimestamp start = starts.get(p);
        consumer.seek(p, start == null ? end.get(p) : start.offset());
      }
      end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      Instant deadline = clock.instant().plus(timeout);
      while (!end.isEmpty()) {
        if (clock.instant().isAfter(deadline)) {
          throw new IllegalStateException(
              "could not read back the dedupe window of "
                  + Topics.EVENTS.name()
                  + " within "
                  + timeout.toSeconds()
                  + " s");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          String source = header(record, KafkaEventPublisher.SOURCE_HEADER);
          String messageId = header(record, KafkaEventPublisher.MESSAGE_ID_HEADER);
          if (source != null && messageId != null) {
            window.remember(source, messageId, Instant.ofEpochMilli(record.timestamp()));
            loaded++;
          }
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
    }
    log.info("dedupe window warmed up with {} messageIds from {}", loaded, Topics.EVENTS.name());
    running = true;
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the web server starts taking requests. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 100;
  }
}
