package io.c360.activation.report.kafka;

import io.c360.activation.report.OrderEvents;
import io.c360.common.json.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Orders, merges and erasures in from Kafka. */
@Configuration(proxyBeanMethods = false)
class KafkaOrderConfiguration {

  @Bean
  OrderListeners orderListeners(OrderEvents orders) {
    return new OrderListeners(orders, EventJson.mapper());
  }
}
