package io.c360.activation.erasure;

import static io.c360.activation.support.ActivationClient.MARKETER_TOKEN;
import static io.c360.activation.support.Customers.customer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.ActivationIntegrationTest;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ErasureIntegrationTest extends ActivationIntegrationTest {

  @Test
  void anErasedCustomerLeavesAudiencesAndTheirMessagesAreDeleted() {
    String erased =
        customers.add(
            customer()
                .email("erase.me@example.com")
                .firstName("Eve")
                .consent("sms", true)
                .phone("+14155550123")
                .lastOrderDaysAgo(90)
                .score("churn_90d", 0.9));
    String kept =
        customers.add(
            customer()
                .email("keep.me@example.com")
                .consent("sms", true)
                .phone("+14155550124")
                .lastOrderDaysAgo(90)
                .score("churn_90d", 0.9));
    String audience =
        client
            .post(
                "/v1/audiences",
                """
            {"key":"e_%s","name":"Erasure","rule":{"all":[%s]}}
            """
                    .formatted(customers.cohort().substring(7), customers.cohortCondition()),
                MARKETER_TOKEN)
            .json()
            .get("id")
            .asString();
    Eventually.assertThat(() -> assertThat(members(audience)).contains(erased, kept));
    String campaign =
        client
            .post(
                "/v1/campaigns",
                """
            {"name":"Erasure","audienceId":"%s","channel":"sms","holdoutPercent":0,"recommendations":0,
             "template":{"body":"Hi ${firstName:-there}, come back"}}
            """
                    .formatted(audience),
                MARKETER_TOKEN)
            .json()
            .get("id")
            .asString();
    client.post("/v1/campaigns/" + campaign + "/launch", "", MARKETER_TOKEN);
    Eventually.assertThat(() -> assertThat(outboxOf(erased).body()).contains("Hi Eve, come back"));
    assertThat(outboxFileMentions("+14155550123")).isTrue();

    customers.erase(erased);

    Eventually.assertThat(
        () -> {
          assertThat(members(audience)).contains(kept).doesNotContain(erased);
          assertThat(outboxOf(erased).json().get("count").asInt()).isZero();
          assertThat(outboxFileMentions("+14155550123")).isFalse();
        });
    assertThat(outboxOf(kept).json().get("count").asInt()).isEqualTo(1);
    assertThat(outboxFileMentions("+14155550124")).isTrue();
  }

  private Response outboxOf(String profileId) {
    return client.get("/v1/outbox?profileId=" + profileId, MARKETER_TOKEN);
  }

  private String members(String audience) {
    return client.get("/v1/audiences/" + audience + "/members", MARKETER_TOKEN).body();
  }

  private static boolean outboxFileMentions(String text) {
    Path directory = Path.of("target/test-outbox");
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.toList()) {
        if (Files.readString(file).contains(text)) {
          return true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
