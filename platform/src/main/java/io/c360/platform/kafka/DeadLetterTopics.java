package io.c360.platform.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaUtils;

/**
 * The dead-letter topic of each consumer: {@code <topic>.<listener id>.dlt}, e.g. {@code
 * c360.events.v1.identity-resolution.dlt}. The listener id, not the consumer group, names it: it is
 * unique in a service, the same on every instance and across restarts (recommendation's
 * per-instance groups carry a random instance id), and for most listeners it is the group.
 *
 * <p>Before the listener containers start, the dead-letter topic of every container's topics is
 * created when missing, with the source topic's partition count (1 when the source does not exist
 * yet) and the configured retention. A broker that cannot be reached then does not stop the
 * service: the creation is logged and skipped, and a dead letter is retried until it is published.
 */
public class DeadLetterTopics implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);

  private static final String SUFFIX = ".dlt";

  /** How long the start waits for Kafka at most, for all of the dead-letter topics together. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final KafkaAdmin admin;
  private final ObjectProvider<KafkaListenerEndpointRegistry> registry;
  private final Duration retention;
  private final Map<String, String> listenerIds = new ConcurrentHashMap<>();
  private volatile boolean running;

  public DeadLetterTopics(
      KafkaAdmin admin,
      ObjectProvider<KafkaListenerEndpointRegistry> registry,
      Duration retention) {
    this.admin = admin;
    this.registry = registry;
    this.retention = retention;
  }

  /** The dead-letter topic of the listener {@code listenerId} reading {@code topic}. */
  public static String name(String topic, String listenerId) {
    return topic + "." + listenerId + SUFFIX;
  }

  /**
   * Where a record that can never succeed goes: the dead-letter topic of the listener that read it
   * (found by the consumer group of the calling consumer thread and the record's topic), any
   * partition (the record keeps its key, so the producer's partitioner picks one).
   */
  TopicPartition destination(ConsumerRecord<?, ?> record, Exception failure) {
    String group = KafkaUtils.getConsumerGroupId();
    String consumer =
        group == null
            ? "unknown-consumer"
            : listenerIds.computeIfAbsent(
                record.topic() + "\n" + group, key -> listenerId(record.topic(), group));
    return new TopicPartition(name(record.topic(), consumer), -1);
  }

  private String listenerId(String topic, String group) {
    KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
    if (listeners != null) {
      for (MessageListenerContainer container : listeners.getAllListenerContainers()) {
        String[] topics = container.getContainerProperties().getTopics();
        if (group.equals(container.getGroupId())
            && topics != null
            && List.of(topics).contains(topic)
            && container.getListenerId() != null) {
          return Objects.requireNonNull(container.getListenerId());
        }
      }
    }
    return group;
  }

  /** Every listener container's dead-letter topics, by name, with the topic each one follows. */
  Map<String, String> expected() {
    Map<String, String> expected = new LinkedHashMap<>();
    KafkaListenerEndpointRegistry listeners = registry.getIfAvailable();
    if (listeners == null) {
      return expected;
    }
    for (MessageListenerContainer container : listeners.getAllListenerContainers()) {
      String[] topics = container.getContainerProperties().getTopics();
      String id = container.getListenerId();
      if (topics == null || id == null) {
        continue;
      }
      for (String topic : topics) {
        expected.put(name(topic, id), topic);
      }
    }
    return expected;
  }

  /** Creates the missing dead-letter topics; returns the names of those it created. */
  public List<String> createMissing() {
    Map<String, String> expected = expected();
    if (expected.isEmpty()) {
      return List.of();
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (Admin client = Admin.create(admin.getConfigurationProperties())) {
      Map<String, Integer> partitions =
          partitions(client, new ArrayList<>(expected.values()), deadline);
      List<NewTopic> topics = new ArrayList<>();
      expected.forEach(
          (dlt, source) ->
              topics.add(
                  new NewTopic(
                          dlt, Optional.of(partitions.getOrDefault(source, 1)), Optional.empty())
                      .configs(
                          Map.of(
                              TopicConfig.RETENTION_MS_CONFIG,
                              Long.toString(retention.toMillis())))));
      List<String> created = new ArrayList<>();
      Map<String, KafkaFuture<Void>> results = client.createTopics(topics).values();
      for (Map.Entry<String, KafkaFuture<Void>> result : results.entrySet()) {
        try {
          result.getValue().get(remaining(deadline), TimeUnit.NANOSECONDS);
          created.add(result.getKey());
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("could not create " + result.getKey(), e.getCause());
          }
        }
      }
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating dead-letter topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka did not create the dead-letter topics in time", e);
    }
  }

  private static Map<String, Integer> partitions(Admin client, List<String> sources, long deadline)
      throws InterruptedException, TimeoutException {
    Map<String, Integer> partitions = new HashMap<>();
    Map<String, KafkaFuture<TopicDescription>> found =
        client.describeTopics(sources.stream().distinct().toList()).topicNameValues();
    for (Map.Entry<String, KafkaFuture<TopicDescription>> topic : found.entrySet()) {
      try {
        partitions.put(
            topic.getKey(),
            topic.getValue().get(remaining(deadline), TimeUnit.NANOSECONDS).partitions().size());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new IllegalStateException("could not describe " + topic.getKey(), e.getCause());
        }
      }
    }
    return partitions;
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  @Override
  public void start() {
    try {
      List<String> created = createMissing();
      if (!created.isEmpty()) {
        log.info("created the dead-letter topics {}", created);
      }
    } catch (RuntimeException e) {
      log.warn(
          "could not create the dead-letter topics now; a dead letter is retried until it is"
              + " published: {}",
          e.getMessage());
    }
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Before the listener containers, which start in {@code DEFAULT_PHASE}. */
  @Override
  public int getPhase() {
    return AbstractMessageListenerContainer.DEFAULT_PHASE - 100;
  }
}
