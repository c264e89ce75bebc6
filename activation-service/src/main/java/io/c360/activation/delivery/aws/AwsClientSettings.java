package io.c360.activation.delivery.aws;

import io.c360.platform.aws.AwsProperties;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;

/**
 * How one delivery adapter reaches its AWS API. Credentials always come from the SDK's default
 * chain (environment, profile, IAM role).
 *
 * @param region the adapter's region; null uses {@code c360.aws.region}, then the SDK's default
 *     region chain
 * @param endpoint an endpoint override, only for a local server standing in for the API
 * @param maxAttempts attempts per call including the first, for the SDK's standard retry strategy
 *     (throttling and 5xx are retried by the SDK before the adapter sees a failure)
 */
public record AwsClientSettings(@Nullable String region, @Nullable URI endpoint, int maxAttempts) {

  public AwsClientSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  /**
   * Applies region, endpoint and retries to a client builder.
   *
   * @param aws the service-wide AWS settings, whose region applies when the adapter names none
   */
  public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
      B builder, AwsProperties aws) {
    String chosen = region != null && !region.isBlank() ? region : aws.region();
    if (chosen != null && !chosen.isBlank()) {
      builder.region(Region.of(chosen.trim()));
    }
    if (endpoint != null) {
      builder.endpointOverride(endpoint);
    }
    builder.overrideConfiguration(
        ClientOverrideConfiguration.builder()
            .retryStrategy(StandardRetryStrategy.builder().maxAttempts(maxAttempts).build())
            .build());
    builder.httpClientBuilder(ApacheHttpClient.builder().maxConnections(32));
    return builder;
  }
}
