package io.c360.devstack;

import java.net.URI;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Clients for a devstack: a Kafka {@link Admin} and a {@link DynamoDbClient} pointed at DynamoDB
 * Local. DynamoDB Local accepts any credentials whose access key id is letters and digits only, so
 * these use fixed local-only placeholders; the caller closes the clients.
 */
public final class DevStackClients {

  /**
   * The region the devstack clients and tests use; DynamoDB Local ignores it ({@code -sharedDb}).
   */
  public static final Region REGION = Region.US_EAST_1;

  /** A placeholder access key id for DynamoDB Local (letters and digits only, as it requires). */
  public static final String LOCAL_ACCESS_KEY_ID = "c360local";

  /** A placeholder secret key for DynamoDB Local, which does not check it. */
  public static final String LOCAL_SECRET_ACCESS_KEY = "c360local";

  private DevStackClients() {}

  /** An admin client for the devstack's broker. */
  public static Admin admin(DevStack stack) {
    return admin(stack.kafkaBootstrapServers());
  }

  /** An admin client for the broker at {@code bootstrapServers}. */
  public static Admin admin(String bootstrapServers) {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.CLIENT_ID_CONFIG,
            "c360-devstack-admin"));
  }

  /** A DynamoDB client for the devstack's DynamoDB Local. */
  public static DynamoDbClient dynamoDb(DevStack stack) {
    return dynamoDb(stack.dynamoDbEndpoint());
  }

  /** A DynamoDB client for the DynamoDB Local at {@code endpoint}, e.g. http://localhost:8000. */
  public static DynamoDbClient dynamoDb(String endpoint) {
    return DynamoDbClient.builder()
        .endpointOverride(URI.create(endpoint))
        .region(REGION)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(LOCAL_ACCESS_KEY_ID, LOCAL_SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }
}
