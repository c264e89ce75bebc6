package io.c360.identity.fuzzy;

import static io.c360.identity.support.Events.unique;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Store sales without a loyalty card, email or phone, matched by name and address through Kafka.
 */
class OfflineMatchingIntegrationTest extends IdentityIntegrationTest {

  @Test
  void linksAnUnidentifiedStoreSaleToTheCustomerWithTheSameNameAndAddress() {
    Instant now = Instant.now();
    String loyalty = unique("L");
    String lastName = "Okafor" + unique("x").substring(2, 6).replaceAll("[0-9]", "q");
    String postcode = "SW1A " + (int) (Math.random() * 9) + "AA";
    EventSender.send(
        Events.storeOrderBy(
            now.minus(Duration.ofDays(3)),
            unique("o"),
            loyalty,
            "Margaret",
            lastName,
            "12 Baker Street",
            postcode));
    Eventually.assertThat(
        () ->
            assertThat(client().get("/v1/profiles?loyaltyId=" + loyalty, ANALYST_TOKEN).status())
                .isEqualTo(200));

    // the same customer pays cash a day later: no card, the street abbreviated at the till
    EventSender.send(
        Events.storeOrderBy(
            now.minus(Duration.ofDays(2)),
            unique("o"),
            null,
            "Margaret",
            lastName,
            "12 Baker St",
            postcode.replace(" ", "")));

    Eventually.assertThat(
        () -> {
          Response profile = client().get("/v1/profiles?loyaltyId=" + loyalty, ANALYST_TOKEN);
          assertThat(profile.json().get("computed").get("orderCount").asLong()).isEqualTo(2);
          assertThat(profile.json().get("computed").get("lifetimeValue").decimalValue())
              .isEqualByComparingTo("50.00");
        });
  }
}
