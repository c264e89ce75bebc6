package io.c360.activation.delivery.routing;

import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.MessageSenders;
import io.c360.activation.delivery.outbox.Outbox;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@link MessageSenders} campaigns use: the senders the destination adapters contribute (each
 * enabled by {@code c360.activation.delivery.<channel>}), the outbox for the other channels.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryRoutingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DeliveryRoutingConfiguration.class);

  @Bean
  MessageSenders messageSenders(
      DeliveryProperties properties, List<MessageSender> configured, Outbox outbox) {
    MessageSenders senders = new ConfiguredMessageSenders(configured, outbox::sender);
    log.info(
        "delivery: email -> {}, sms -> {}, push -> {}",
        properties.email(),
        properties.sms(),
        properties.push());
    return senders;
  }
}
