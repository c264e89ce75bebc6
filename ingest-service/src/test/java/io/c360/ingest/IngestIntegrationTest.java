package io.c360.ingest;

import io.c360.devstack.test.WithDevStack;
import io.c360.ingest.support.IngestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the real ingest-service on a random port, against the devstack's
 * real Kafka broker and DynamoDB Local (started once per test JVM). Every subclass shares one
 * Spring context.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IngestIntegrationTest {

  @LocalServerPort protected int port;

  protected IngestClient client() {
    return new IngestClient(port);
  }
}
