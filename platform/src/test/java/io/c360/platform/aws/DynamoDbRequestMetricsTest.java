package io.c360.platform.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The real AWS SDK client, with the interceptor, against a local HTTP server that answers as
 * DynamoDB does: each call is counted once per table it touches, with its items and outcome.
 */
class DynamoDbRequestMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private HttpServer server;
  private volatile int status = 200;
  private DynamoDbClient dynamo;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          byte[] body =
              (status == 200
                      ? "{}"
                      : "{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                          + "ConditionalCheckFailedException\",\"message\":\"failed\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    dynamo =
        DynamoDbClient.builder()
            .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .region(Region.EU_WEST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
            .overrideConfiguration(
                c ->
                    c.addExecutionInterceptor(new DynamoDbRequestMetrics(registry))
                        .retryStrategy(b -> b.maxAttempts(1)))
            .build();
  }

  @AfterEach
  void stop() {
    dynamo.close();
    server.stop(0);
  }

  private double requests(String operation, String table, String outcome) {
    var counter =
        registry
            .find(DynamoDbRequestMetrics.REQUESTS)
            .tags("operation", operation, "table", table, "outcome", outcome)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  private double items(String operation, String table) {
    var counter =
        registry
            .find(DynamoDbRequestMetrics.ITEMS)
            .tags("operation", operation, "table", table)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void countsEachCallByOperationTableAndOutcome() {
    Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("1"));
    dynamo.putItem(r -> r.tableName("c360-profiles").item(item));
    dynamo.putItem(r -> r.tableName("c360-profiles").item(item));
    dynamo.getItem(r -> r.tableName("c360-identity").key(item));
    status = 400;
    assertThatThrownBy(() -> dynamo.putItem(r -> r.tableName("c360-profiles").item(item)))
        .isInstanceOf(DynamoDbException.class);

    assertThat(requests("PutItem", "c360-profiles", "success")).isEqualTo(2);
    assertThat(requests("GetItem", "c360-identity", "success")).isEqualTo(1);
    assertThat(requests("PutItem", "c360-profiles", "failure")).isEqualTo(1);
  }

  @Test
  void aBatchCountsOnceForEachTableWithItsItems() {
    WriteRequest put =
        WriteRequest.builder()
            .putRequest(PutRequest.builder().item(Map.of("id", AttributeValue.fromS("1"))).build())
            .build();
    dynamo.batchWriteItem(
        r ->
            r.requestItems(
                Map.of("c360-timeline", List.of(put, put, put), "c360-blocks", List.of(put))));

    assertThat(requests("BatchWriteItem", "c360-timeline", "success")).isEqualTo(1);
    assertThat(requests("BatchWriteItem", "c360-blocks", "success")).isEqualTo(1);
    assertThat(items("BatchWriteItem", "c360-timeline")).isEqualTo(3);
    assertThat(items("BatchWriteItem", "c360-blocks")).isEqualTo(1);
  }
}
