package io.c360.activation.erasure.kafka;

import io.c360.activation.erasure.ActivationErasure;
import io.c360.activation.profile.ProfileId;
import io.c360.common.profile.ProfileErased;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases each profile of {@code c360.erasures.v1}; the offset is committed after the deletes. A
 * failure is retried (the platform's error handler); a record that cannot be read goes to {@code
 * c360.erasures.v1.activation-erasures.dlt}.
 */
@Component
class ErasureListener {

  private final ActivationErasure erasure;

  ErasureListener(ActivationErasure erasure) {
    this.erasure = erasure;
  }

  @KafkaListener(
      id = "activation-erasures",
      topics = "#{T(io.c360.common.topic.Topics).ERASURES.name()}")
  void onErasure(ProfileErased erased) {
    erasure.erased(new ProfileId(erased.profileId()), erased.erasedAt());
  }
}
