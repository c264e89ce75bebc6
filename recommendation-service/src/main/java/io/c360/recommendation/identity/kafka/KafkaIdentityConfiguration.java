package io.c360.recommendation.identity.kafka;

import io.c360.common.json.EventJson;
import io.c360.recommendation.identity.IdentityGraph;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Feeds the identity projection from identity-service's profile, merge and erasure topics. */
@Configuration(proxyBeanMethods = false)
class KafkaIdentityConfiguration {

  @Bean
  IdentityGraphListener identityGraphListener(IdentityGraph graph) {
    return new IdentityGraphListener(graph, EventJson.mapper());
  }
}
