package io.c360.activation.delivery.sms;

import io.c360.activation.delivery.aws.AwsClientSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * SMS through AWS End User Messaging SMS and voice v2 ({@code
 * c360.activation.delivery.sms-voice-v2.*}), used when {@code
 * c360.activation.delivery.sms=sms-voice-v2}.
 *
 * @param region default {@code c360.aws.region}
 * @param endpoint only for a local server standing in for the API
 * @param maxAttempts SDK attempts per message, throttling and 5xx retried; default 3
 * @param originationIdentity the phone number, sender id, pool or their ARN to send from; required
 * @param messageType {@code PROMOTIONAL} (default: win-back campaigns are marketing) or {@code
 *     TRANSACTIONAL}
 * @param configurationSet the configuration set for event destinations; none when null
 */
@Validated
@ConfigurationProperties("c360.activation.delivery.sms-voice-v2")
public record SmsProperties(
    @Nullable String region,
    @Nullable URI endpoint,
    @Min(0) @Max(10) int maxAttempts,
    @Nullable String originationIdentity,
    @Nullable SmsType messageType,
    @Nullable String configurationSet) {

  /** The SMS message types of the API. */
  public enum SmsType {
    TRANSACTIONAL,
    PROMOTIONAL
  }

  public SmsProperties {
    messageType = messageType == null ? SmsType.PROMOTIONAL : messageType;
  }

  AwsClientSettings client() {
    return new AwsClientSettings(region, endpoint, maxAttempts == 0 ? 3 : maxAttempts);
  }
}
