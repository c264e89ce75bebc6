package io.c360.activation.campaign.http;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where recommendation-service is ({@code c360.activation.recommendations.*}).
 *
 * @param token a bearer token with the {@code app} role, from the environment ({@code
 *     C360_RECOMMENDATION_TOKEN}); never committed
 * @param timeout the most one call may take before the message falls back to popular items
 * @param popularFor how long the popular-items fallback is reused before it is fetched again
 */
@Validated
@ConfigurationProperties("c360.activation.recommendations")
public record RecommendationClientProperties(
    @NotNull @DefaultValue("http://localhost:8084") URI baseUrl,
    @Nullable String token,
    @NotNull @DefaultValue("500ms") Duration timeout,
    @NotNull @DefaultValue("5m") Duration popularFor) {}
