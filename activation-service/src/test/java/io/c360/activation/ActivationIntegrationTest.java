package io.c360.activation;

import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.profile.ProfileViewStore;
import io.c360.activation.support.ActivationClient;
import io.c360.activation.support.CrashingSenders;
import io.c360.activation.support.Customers;
import io.c360.activation.support.RecommendationServer;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.WithDevStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

/**
 * Base of the integration tests: the real activation-service on a random port, on the devstack's
 * real Kafka broker and DynamoDB Local (started once per test JVM). Every subclass shares one
 * Spring context; each test marks its customers with its own cohort trait.
 */
@WithDevStack
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CrashingSenders.Config.class)
public abstract class ActivationIntegrationTest {

  @DynamicPropertySource
  static void recommendationService(DynamicPropertyRegistry registry) {
    registry.add(
        "c360.activation.recommendations.base-url", () -> RecommendationServer.get().baseUrl());
  }

  @LocalServerPort protected int port;

  @Autowired protected DynamoDbClient dynamo;

  @Autowired protected ProfileViewStore profileView;

  /** The API, as a marketer's tool calls it. */
  protected ActivationClient client;

  /** This test's customers (their own cohort), published as identity and scoring publish them. */
  protected Customers customers;

  @BeforeEach
  void openClientAndCustomers() {
    client = new ActivationClient(port);
    customers = new Customers(profileView);
  }

  @AfterEach
  void closeCustomers() {
    customers.close();
  }

  /** The audience's current size, as a marketer reads it. */
  protected long audienceSize(String audienceId) {
    return client.get("/v1/audiences/" + audienceId, MARKETER_TOKEN).json().get("size").asLong();
  }

  /** Waits until the audience holds exactly {@code size} members. */
  protected void awaitAudienceSize(String audienceId, long size) {
    Eventually.assertThat(() -> assertThat(audienceSize(audienceId)).isEqualTo(size));
  }

  /** Waits until the campaign has completed and returns it as the API shows it then. */
  protected JsonNode awaitCompleted(String campaignId) {
    JsonNode[] last = new JsonNode[1];
    Eventually.assertThat(
        () -> {
          Response response = client.get("/v1/campaigns/" + campaignId, MARKETER_TOKEN);
          assertThat(response.status()).isEqualTo(200);
          last[0] = response.json();
          assertThat(last[0].get("status").asString()).isEqualTo("completed");
        });
    return last[0];
  }
}
