package io.c360.console.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services answer and the console's own bearer token. The services know the token only by
 * its SHA-256 hash ({@code c360.security.tokens}), like every other token; it carries the roles
 * marketer, analyst and admin, and the console checks each person's role before it uses it.
 *
 * @param token the console's bearer token (no default: from the environment, C360_CONSOLE_TOKEN)
 * @param timeout how long one call may take before the page shows the service as unavailable
 * @param uploadTimeout how long an upload (a file streamed to ingest-service) may take until the
 *     service answers
 */
@Validated
@ConfigurationProperties("c360.console.services")
public record ServicesProperties(
    @NotBlank String token,
    @NotNull URI ingest,
    @NotNull URI identity,
    @NotNull URI scoring,
    @NotNull URI recommendation,
    @NotNull URI activation,
    @NotNull Duration timeout,
    @NotNull Duration uploadTimeout) {

  public ServicesProperties {
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    uploadTimeout = uploadTimeout == null ? Duration.ofMinutes(30) : uploadTimeout;
  }

  URI baseUrl(Service service) {
    return switch (service) {
      case INGEST -> ingest;
      case IDENTITY -> identity;
      case SCORING -> scoring;
      case RECOMMENDATION -> recommendation;
      case ACTIVATION -> activation;
    };
  }

  @Override
  public String toString() {
    return "ServicesProperties[token hidden, identity=" + identity + ", ...]";
  }
}
