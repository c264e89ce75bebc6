package io.c360.identity;

import io.c360.devstack.test.WithDevStack;
import io.c360.identity.support.IdentityClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the real identity-service on a random port, consuming the
 * devstack's real Kafka broker and writing DynamoDB Local (both started once per test JVM). Every
 * subclass shares one Spring context; tests use unique identifiers so they never meet.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IdentityIntegrationTest {

  @LocalServerPort protected int port;

  protected IdentityClient client() {
    return new IdentityClient(port);
  }
}
