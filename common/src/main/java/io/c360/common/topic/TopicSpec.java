package io.c360.common.topic;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One Kafka topic of the catalog.
 *
 * @param name the topic name; always ends in a version ({@code .v1})
 * @param key what the record key holds
 * @param valueType the stable logical name of the JSON value type
 * @param contract the contract record every value is read as (with {@code EventJson}); consumers
 *     get it through the platform's contract deserializer
 * @param partitions default partition count when the topic is created
 * @param compacted whether the topic is log-compacted (latest value per key kept)
 * @param retention how long records are kept ({@link #FOREVER}: no time limit), or null for
 *     compacted topics (the latest record per key kept forever)
 */
public record TopicSpec(
    String name,
    String key,
    String valueType,
    Class<?> contract,
    int partitions,
    boolean compacted,
    @Nullable Duration retention) {

  /**
   * Records kept with no time limit (Kafka's {@code retention.ms=-1}): topics that projections are
   * rebuilt from by replaying them whole.
   */
  public static final Duration FOREVER = Duration.ofMillis(-1);

  public TopicSpec {
    if (!name.matches(".*\\.v\\d+$")) {
      throw new IllegalArgumentException("topic name must end in a version: " + name);
    }
  }
}
