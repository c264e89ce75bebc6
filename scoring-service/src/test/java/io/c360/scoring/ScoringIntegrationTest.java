package io.c360.scoring;

import io.c360.devstack.test.WithDevStack;
import io.c360.scoring.support.ScoringClient;
import io.c360.scoring.support.TestWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Base of the integration tests: the real scoring-service on a random port, on the devstack's real
 * Kafka broker and DynamoDB Local (started once per test JVM), reading a synthetic world stored in
 * the profiles and timeline tables once per JVM. Every subclass shares one Spring context.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ScoringIntegrationTest {

  @LocalServerPort protected int port;

  @Autowired protected DynamoDbClient dynamo;

  protected ScoringClient client() {
    return new ScoringClient(port);
  }

  protected TestWorld world() {
    return TestWorld.stored(dynamo);
  }
}
