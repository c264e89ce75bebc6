package io.c360.activation;

import io.c360.activation.support.ActivationClient;
import io.c360.devstack.test.WithDevStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Base of the integration tests: the real activation-service on a random port, on the devstack's
 * real Kafka broker and DynamoDB Local (started once per test JVM). Every subclass shares one
 * Spring context; each test marks its customers with its own cohort trait.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ActivationIntegrationTest {

  @LocalServerPort protected int port;

  @Autowired protected DynamoDbClient dynamo;

  protected ActivationClient client() {
    return new ActivationClient(port);
  }
}
