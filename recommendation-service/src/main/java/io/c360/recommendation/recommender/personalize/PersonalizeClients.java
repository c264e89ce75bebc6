package io.c360.recommendation.recommender.personalize;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.personalizeevents.PersonalizeEventsClient;
import software.amazon.awssdk.services.personalizeruntime.PersonalizeRuntimeClient;

/**
 * Builds the two Personalize SDK clients. Requests sit on the serving path, so a failed call is
 * retried once at most; {@link PersonalizeRecommender} bounds every call, retries included, with
 * the configured timeout.
 */
public record PersonalizeClients(PersonalizeRuntimeClient runtime, PersonalizeEventsClient events)
    implements AutoCloseable {

  /**
   * Clients for a region using the default credentials chain.
   *
   * @param endpointOverride only for a local server standing in for Personalize; null for AWS
   */
  public static PersonalizeClients create(Region region, @Nullable URI endpointOverride) {
    return create(region, endpointOverride, DefaultCredentialsProvider.builder().build());
  }

  static PersonalizeClients create(
      Region region, @Nullable URI endpointOverride, AwsCredentialsProvider credentials) {
    RetryStrategy retries = StandardRetryStrategy.builder().maxAttempts(2).build();
    ClientOverrideConfiguration override =
        ClientOverrideConfiguration.builder().retryStrategy(retries).build();
    var runtime =
        PersonalizeRuntimeClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .overrideConfiguration(override)
            .httpClientBuilder(ApacheHttpClient.builder().maxConnections(64));
    var events =
        PersonalizeEventsClient.builder()
            .region(region)
            .credentialsProvider(credentials)
            .overrideConfiguration(override)
            .httpClientBuilder(ApacheHttpClient.builder().maxConnections(16));
    if (endpointOverride != null) {
      runtime.endpointOverride(endpointOverride);
      events.endpointOverride(endpointOverride);
    }
    return new PersonalizeClients(runtime.build(), events.build());
  }

  @Override
  public void close() {
    runtime.close();
    events.close();
  }
}
