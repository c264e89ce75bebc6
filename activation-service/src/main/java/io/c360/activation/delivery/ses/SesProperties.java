package io.c360.activation.delivery.ses;

import io.c360.activation.delivery.aws.AwsClientSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Email through Amazon SES v2 ({@code c360.activation.delivery.ses.*}), used when {@code
 * c360.activation.delivery.email=ses}.
 *
 * @param region default {@code c360.aws.region}
 * @param endpoint only for a local server standing in for SES
 * @param maxAttempts SDK attempts per message, throttling and 5xx retried; default 3
 * @param fromAddress the verified sender ({@code FromEmailAddress}), e.g. {@code Shop
 *     <news@shop.example>}; required
 * @param configurationSet the SES configuration set for event publishing; none when null
 * @param template a stored SES template to render each email from, with the message's substitutions
 *     and items as {@code TemplateData}; null sends the campaign's rendered subject and body as
 *     simple content
 */
@Validated
@ConfigurationProperties("c360.activation.delivery.ses")
public record SesProperties(
    @Nullable String region,
    @Nullable URI endpoint,
    @Min(0) @Max(10) int maxAttempts,
    @Nullable String fromAddress,
    @Nullable String configurationSet,
    @Nullable String template) {

  AwsClientSettings client() {
    return new AwsClientSettings(region, endpoint, maxAttempts == 0 ? 3 : maxAttempts);
  }
}
