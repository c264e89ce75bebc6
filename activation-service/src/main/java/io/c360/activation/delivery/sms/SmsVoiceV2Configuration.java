package io.c360.activation.delivery.sms;

import io.c360.activation.delivery.MessageSender;
import io.c360.platform.aws.AwsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.pinpointsmsvoicev2.PinpointSmsVoiceV2Client;

/** SMS through SMS and voice v2 when {@code c360.activation.delivery.sms=sms-voice-v2}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "c360.activation.delivery.sms", havingValue = "sms-voice-v2")
class SmsVoiceV2Configuration {

  @Bean(destroyMethod = "close")
  PinpointSmsVoiceV2Client smsVoiceV2Client(SmsProperties properties, AwsProperties aws) {
    return properties.client().configure(PinpointSmsVoiceV2Client.builder(), aws).build();
  }

  @Bean
  MessageSender smsVoiceV2Sender(PinpointSmsVoiceV2Client sms, SmsProperties properties) {
    if (properties.originationIdentity() == null || properties.originationIdentity().isBlank()) {
      throw new IllegalStateException(
          "c360.activation.delivery.sms is sms-voice-v2 but"
              + " c360.activation.delivery.sms-voice-v2.origination-identity is missing");
    }
    return new SmsVoiceV2Sender(
        sms,
        properties.originationIdentity(),
        properties.messageType(),
        properties.configurationSet());
  }
}
