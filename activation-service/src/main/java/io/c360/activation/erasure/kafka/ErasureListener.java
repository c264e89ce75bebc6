package io.c360.activation.erasure.kafka;

import io.c360.activation.erasure.ActivationErasure;
import io.c360.activation.profile.ProfileId;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ProfileErased;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/** Erases each profile of {@code c360.erasures.v1}; the offset is committed after the deletes. */
class ErasureListener {

  private final ActivationErasure erasure;
  private final JsonMapper json;

  ErasureListener(ActivationErasure erasure, JsonMapper json) {
    this.erasure = erasure;
    this.json = json;
  }

  @KafkaListener(
      id = "activation-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    ProfileErased erased = json.readValue(record.value(), ProfileErased.class);
    erasure.erased(new ProfileId(erased.profileId()), erased.erasedAt());
  }

  /** The listener bean. */
  @Configuration(proxyBeanMethods = false)
  static class KafkaErasureConfiguration {

    @Bean
    ErasureListener erasureListener(ActivationErasure erasure) {
      return new ErasureListener(erasure, EventJson.mapper());
    }
  }
}
