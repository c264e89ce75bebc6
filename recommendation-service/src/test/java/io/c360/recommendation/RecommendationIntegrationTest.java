package io.c360.recommendation;

import io.c360.devstack.test.WithDevStack;
import io.c360.recommendation.support.RecommendationClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Base of the integration tests: the real recommendation-service on a random port, on the
 * devstack's real Kafka broker and DynamoDB Local (started once per test JVM). Every subclass
 * shares one Spring context; each test uses its own category of products.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class RecommendationIntegrationTest {

  @LocalServerPort protected int port;

  @Autowired protected DynamoDbClient dynamo;

  protected RecommendationClient client() {
    return new RecommendationClient(port);
  }
}
