package io.c360.platform.aws;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How services reach AWS. Credentials always come from the SDK's default chain (environment,
 * profile, IAM role); an endpoint override is only for local servers such as DynamoDB Local.
 *
 * @param region the AWS region; empty uses the SDK's default region chain
 * @param dynamodb DynamoDB settings
 */
@ConfigurationProperties("c360.aws")
public record AwsProperties(@Nullable String region, @Nullable DynamoDb dynamodb) {

  /**
   * @param endpoint endpoint override, e.g. {@code http://localhost:8000} for DynamoDB Local
   */
  public record DynamoDb(@Nullable URI endpoint) {}
}
