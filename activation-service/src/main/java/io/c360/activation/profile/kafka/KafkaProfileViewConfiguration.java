package io.c360.activation.profile.kafka;

import io.c360.activation.profile.ProfileViews;
import io.c360.common.json.EventJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The profile view's changes in from Kafka. */
@Configuration(proxyBeanMethods = false)
class KafkaProfileViewConfiguration {

  @Bean
  ProfileViewListener profileViewListener(ProfileViews views) {
    return new ProfileViewListener(views, EventJson.mapper());
  }
}
