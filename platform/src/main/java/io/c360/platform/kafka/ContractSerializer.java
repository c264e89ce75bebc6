package io.c360.platform.kafka;

import io.c360.common.json.EventJson;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a dead-letter topic receives: the original value bytes of a record that could not be
 * read unchanged, and a contract record (a listener rejected it) as the JSON of {@link
 * EventJson#mapper()}, so every dead letter can be replayed onto its source topic as it is.
 */
public class ContractSerializer implements Serializer<Object> {

  @Override
  public byte @Nullable [] serialize(String topic, @Nullable Object data) {
    if (data == null) {
      return null;
    }
    if (data instanceof byte[] bytes) {
      return bytes;
    }
    return EventJson.mapper().writeValueAsBytes(data);
  }
}
