package io.c360.recommendation.serving;

import static io.c360.recommendation.support.RecommendationClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.c360.common.identifier.IdentifierType;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.WithDevStack;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.JsonNode;

/**
 * A context served by Amazon Personalize (a local server answering as Personalize does): its items
 * go through the same rules and catalog, and when Personalize fails the embedded recommender
 * answers instead of an error.
 */
@WithDevStack
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "c360.recommendation.personalize.enabled=true",
      "c360.recommendation.personalize.region=us-east-1",
      "c360.recommendation.personalize.settings.contexts.email.campaign-arn="
          + PersonalizeBackendIntegrationTest.CAMPAIGN,
      "c360.recommendation.personalize.settings.timeout=2s",
      "c360.recommendation.personalize.settings.tracking-id="
          + PersonalizeBackendIntegrationTest.TRACKER,
      "c360.recommendation.contexts.email.strategy=personalized",
      "c360.recommendation.contexts.email.exclude-purchased=true",
      "c360.recommendation.contexts.email.policy=exclude-purchased",
      "c360.recommendation.contexts.email.variants[0].name=personalize",
      "c360.recommendation.contexts.email.variants[0].backend=personalize",
      "c360.recommendation.contexts.email.variants[0].weight=100"
    })
@ActiveProfiles("test")
class PersonalizeBackendIntegrationTest {

  static final String CAMPAIGN = "arn:aws:personalize:us-east-1:123456789012:campaign/email";
  static final String TRACKER = "tracker-live-1";

  private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
  private static final AtomicReference<String> ITEMS = new AtomicReference<>("");
  private static final AtomicInteger STATUS = new AtomicInteger(200);
  private static final HttpServer PERSONALIZE = start();

  @LocalServerPort int port;
  @Autowired DynamoDbClient dynamo;

  @DynamicPropertySource
  static void personalizeEndpoint(DynamicPropertyRegistry registry) {
    registry.add(
        "c360.recommendation.personalize.endpoint",
        () -> "http://localhost:" + PERSONALIZE.getAddress().getPort());
  }

  @AfterAll
  static void stop() {
    PERSONALIZE.stop(0);
  }

  @Test
  void aContextServedByPersonalizeGetsItsItemsThroughTheRulesAndFallsBackWhenItFails() {
    RecommendationClient client = new RecommendationClient(port);
    try (Shop shop = new Shop(dynamo)) {
      String jacket = shop.product("jacket", 3);
      String scarf = shop.product("scarf", 3);
      String sold = shop.product("sold-out", 0);
      String dee = shop.profile();
      shop.link(IdentifierType.USER_ID, "dee-" + dee, dee);
      shop.bought(shop.profile(), jacket, scarf);
      ITEMS.set(
          "{\"itemList\":[{\"itemId\":\""
              + sold
              + "\",\"score\":0.9},{\"itemId\":\""
              + jacket
              + "\",\"score\":0.5},{\"itemId\":\"unknown-sku\",\"score\":0.4}],"
              + "\"recommendationId\":\"RID-1\"}");
      String path = "/v1/recommendations?userId=dee-" + dee + "&context=email&numResults=1";

      Eventually.assertThat(
          () -> {
            JsonNode answer = client.get(path, APP_TOKEN).json();
            assertThat(answer.get("variant").asString()).isEqualTo("personalize");
            JsonNode first = answer.get("items").get(0);
            assertThat(first.get("sku").asString())
                .as("out of stock and unknown left out")
                .isEqualTo(jacket);
            assertThat(first.get("recommender").asString()).isEqualTo("personalize");
          });
      assertThat(REQUESTS)
          .anyMatch(
              request ->
                  request.startsWith("/recommendations ")
                      && request.contains(CAMPAIGN)
                      && request.contains(dee));
      // the purchase published after the start reached the event tracker (PutEvents), once
      String buyer = shop.profile();
      shop.bought(buyer, scarf);
      Eventually.assertThat(
          () ->
              assertThat(REQUESTS)
                  .filteredOn(
                      request ->
                          request.startsWith("/events ")
                              && request.contains(TRACKER)
                              && request.contains(buyer))
                  .hasSize(1));

      STATUS.set(500);
      JsonNode fallback = client.get(path, APP_TOKEN).json();
      assertThat(fallback.get("items").size()).isEqualTo(1);
      assertThat(fallback.get("items").get(0).get("recommender").asString()).startsWith("embedded");
    } finally {
      STATUS.set(200);
    }
  }

  private static HttpServer start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext(
          "/",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            REQUESTS.add(exchange.getRequestURI().getPath() + " " + body);
            byte[] answer =
                (STATUS.get() == 200 ? ITEMS.get() : "{\"message\":\"internal\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(STATUS.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
