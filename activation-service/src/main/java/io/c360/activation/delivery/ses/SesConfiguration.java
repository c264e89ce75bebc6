package io.c360.activation.delivery.ses;

import io.c360.activation.delivery.MessageSender;
import io.c360.common.json.EventJson;
import io.c360.platform.aws.AwsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Email through SES v2 when {@code c360.activation.delivery.email=ses}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "c360.activation.delivery.email", havingValue = "ses")
class SesConfiguration {

  @Bean(destroyMethod = "close")
  SesV2Client sesV2Client(SesProperties properties, AwsProperties aws) {
    return properties.client().configure(SesV2Client.builder(), aws).build();
  }

  @Bean
  MessageSender sesEmailSender(SesV2Client ses, SesProperties properties) {
    if (properties.fromAddress() == null || properties.fromAddress().isBlank()) {
      throw new IllegalStateException(
          "c360.activation.delivery.email is ses but c360.activation.delivery.ses.from-address"
              + " is missing: set the verified sender address");
    }
    return new SesEmailSender(
        ses,
        properties.fromAddress(),
        properties.configurationSet(),
        properties.template(),
        EventJson.mapper());
  }
}
