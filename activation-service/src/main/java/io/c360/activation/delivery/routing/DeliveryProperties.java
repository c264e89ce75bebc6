package io.c360.activation.delivery.routing;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which destination serves each channel ({@code c360.activation.delivery.*}); {@code outbox} (the
 * default) records what would be sent. Each destination has its own properties under {@code
 * c360.activation.delivery.<destination>}.
 *
 * @param email {@code outbox} or {@code ses}
 * @param sms {@code outbox} or {@code sms-voice-v2}
 * @param push {@code outbox} or {@code pinpoint}
 */
@Validated
@ConfigurationProperties("c360.activation.delivery")
public record DeliveryProperties(
    @Pattern(regexp = "outbox|ses", message = "must be outbox or ses") String email,
    @Pattern(regexp = "outbox|sms-voice-v2", message = "must be outbox or sms-voice-v2") String sms,
    @Pattern(regexp = "outbox|pinpoint", message = "must be outbox or pinpoint") String push) {

  public DeliveryProperties(@Nullable String email, @Nullable String sms, @Nullable String push) {
    this.email = orOutbox(email);
    this.sms = orOutbox(sms);
    this.push = orOutbox(push);
  }

  private static String orOutbox(@Nullable String value) {
    return value == null || value.isBlank() ? "outbox" : value.trim();
  }
}
