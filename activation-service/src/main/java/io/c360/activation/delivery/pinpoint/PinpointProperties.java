package io.c360.activation.delivery.pinpoint;

import io.c360.activation.delivery.aws.AwsClientSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Push through AWS End User Messaging's Pinpoint {@code SendMessages} API ({@code
 * c360.activation.delivery.pinpoint.*}), used when {@code c360.activation.delivery.push=pinpoint}.
 *
 * @param region default {@code c360.aws.region}
 * @param endpoint only for a local server standing in for Pinpoint
 * @param maxAttempts SDK attempts per message, throttling and 5xx retried; default 3
 * @param applicationId the Pinpoint project (application) with the push channel; required
 * @param channelType the push service of the addresses: {@code GCM} (Firebase, default), {@code
 *     APNS} or {@code APNS_SANDBOX}
 * @param defaultTitle the notification title when a message has no subject and no {@code
 *     campaignName} substitution; default the empty string
 */
@Validated
@ConfigurationProperties("c360.activation.delivery.pinpoint")
public record PinpointProperties(
    @Nullable String region,
    @Nullable URI endpoint,
    @Min(0) @Max(10) int maxAttempts,
    @Nullable String applicationId,
    @Nullable PushService channelType,
    @Nullable String defaultTitle) {

  /** The push services C360 addresses through Pinpoint. */
  public enum PushService {
    GCM,
    APNS,
    APNS_SANDBOX
  }

  public PinpointProperties {
    channelType = channelType == null ? PushService.GCM : channelType;
    defaultTitle = defaultTitle == null ? "" : defaultTitle;
  }

  AwsClientSettings client() {
    return new AwsClientSettings(region, endpoint, maxAttempts == 0 ? 3 : maxAttempts);
  }
}
