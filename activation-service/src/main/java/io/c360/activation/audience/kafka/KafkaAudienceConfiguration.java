package io.c360.activation.audience.kafka;

import io.c360.activation.audience.MembershipEvents;
import io.c360.common.json.EventJson;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** Membership changes out. */
@Configuration(proxyBeanMethods = false)
class KafkaAudienceConfiguration {

  @Bean
  MembershipEvents membershipEvents(KafkaTemplate<String, byte[]> kafka) {
    return new KafkaMembershipEvents(kafka, EventJson.mapper(), Duration.ofSeconds(30));
  }
}
