package io.c360.activation.delivery.pinpoint;

import io.c360.activation.delivery.MessageSender;
import io.c360.common.json.EventJson;
import io.c360.platform.aws.AwsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.pinpoint.PinpointClient;

/** Push through Pinpoint when {@code c360.activation.delivery.push=pinpoint}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "c360.activation.delivery.push", havingValue = "pinpoint")
class PinpointConfiguration {

  @Bean(destroyMethod = "close")
  PinpointClient pinpointClient(PinpointProperties properties, AwsProperties aws) {
    return properties.client().configure(PinpointClient.builder(), aws).build();
  }

  @Bean
  MessageSender pinpointPushSender(PinpointClient pinpoint, PinpointProperties properties) {
    if (properties.applicationId() == null || properties.applicationId().isBlank()) {
      throw new IllegalStateException(
          "c360.activation.delivery.push is pinpoint but"
              + " c360.activation.delivery.pinpoint.application-id is missing");
    }
    return new PinpointPushSender(
        pinpoint,
        properties.applicationId(),
        properties.channelType(),
        properties.defaultTitle(),
        EventJson.mapper());
  }
}
