package io.c360.activation.erasure;

import io.c360.activation.campaign.ContactLog;
import io.c360.activation.delivery.outbox.Outbox;
import io.c360.activation.profile.ProfileViews;
import io.c360.activation.report.OrderEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Erasure in activation. */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

  @Bean
  ActivationErasure activationErasure(
      ProfileViews views, OrderEvents orders, ContactLog contacts, Outbox outbox) {
    return new ActivationErasure(views, orders, contacts, outbox);
  }
}
