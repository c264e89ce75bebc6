package io.c360.recommendation.identity.kafka;

import io.c360.common.json.EventJson;
import io.c360.recommendation.identity.IdentityGraph;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default identity source ({@code c360.recommendation.identity.source=topics}): an in-memory
 * identity graph kept from identity-service's topics, so no request waits for DynamoDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    name = "c360.recommendation.identity.source",
    havingValue = "topics",
    matchIfMissing = true)
class KafkaIdentityConfiguration {

  @Bean
  IdentityGraph identityGraph() {
    return new IdentityGraph();
  }

  @Bean
  IdentityGraphListener identityGraphListener(IdentityGraph graph) {
    return new IdentityGraphListener(graph, EventJson.mapper());
  }
}
