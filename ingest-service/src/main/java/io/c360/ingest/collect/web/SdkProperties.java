package io.c360.ingest.collect.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What Segment's client SDKs (browser, iOS, Android) are told and allowed.
 *
 * @param apiHost host, port and path the settings document sends SDKs to ({@code
 *     c360.example.com/v1}); empty: the host the settings request came to, plus {@code /v1}
 * @param protocol {@code https} or {@code http}; empty: the scheme of the settings request
 * @param allowedHeaders request headers a browser page may send (answered to CORS preflights)
 * @param preflightMaxAge how long a browser may cache a preflight's answer
 * @param maxInFlight tracking requests handled at once; more are answered 429 with Retry-After
 */
@Validated
@ConfigurationProperties("c360.ingest.sdk")
public record SdkProperties(
    @Nullable String apiHost,
    @Nullable @Pattern(regexp = "https?") String protocol,
    List<String> allowedHeaders,
    Duration preflightMaxAge,
    @Min(1) @Max(1_000_000) Integer maxInFlight) {

  public SdkProperties {
    apiHost = apiHost == null || apiHost.isBlank() ? null : apiHost.trim();
    protocol = protocol == null || protocol.isBlank() ? null : protocol.trim();
    allowedHeaders =
        allowedHeaders == null || allowedHeaders.isEmpty()
            ? List.of("Authorization", "Content-Type", "Content-Encoding", "X-Retry-Count")
            : List.copyOf(allowedHeaders);
    preflightMaxAge = preflightMaxAge == null ? Duration.ofHours(2) : preflightMaxAge;
    maxInFlight = maxInFlight == null ? 4_096 : maxInFlight;
  }
}
