package io.c360.platform.kafka;

import io.c360.common.json.EventJson;
import io.c360.common.topic.TopicSpec;
import io.c360.common.topic.Topics;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a record value as the contract of its topic ({@link TopicSpec#contract()}) with {@link
 * EventJson#mapper()}. A tombstone (no value, on the compacted topics) stays null. A value that is
 * not the contract (not JSON, the wrong shape, the JSON literal {@code null}) or a topic the
 * catalog does not know throws: services wrap this deserializer in Spring Kafka's {@code
 * ErrorHandlingDeserializer}, which turns the failure into a header the error handler sends to the
 * consumer's dead-letter topic instead of stopping the consumer.
 */
public class ContractDeserializer implements Deserializer<Object> {

  @Override
  public @Nullable Object deserialize(String topic, byte @Nullable [] data) {
    if (data == null) {
      return null;
    }
    Class<?> contract =
        Topics.named(topic)
            .map(TopicSpec::contract)
            .orElseThrow(
                () -> new SerializationException("no contract in the topic catalog for " + topic));
    Object value = EventJson.mapper().readValue(data, contract);
    if (value == null) {
      throw new SerializationException(
          "a " + contract.getSimpleName() + " on " + topic + " cannot be the JSON literal null");
    }
    return value;
  }
}
