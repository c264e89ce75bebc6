package io.c360.identity.profile;

import static io.c360.identity.profile.Events.consentUpdated;
import static io.c360.identity.profile.Events.identify;
import static io.c360.identity.profile.Events.page;
import static io.c360.identity.profile.Events.posOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.profile.TraitValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfileTraitsTest {

  private static final Instant NOW = Instant.parse("2026-03-15T12:00:00Z");

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static ProfileTraits fold(List<CustomerEvent> events) {
    ProfileTraits traits = ProfileTraits.empty();
    events.forEach(traits::apply);
    return traits;
  }

  private static List<CustomerEvent> history() {
    return List.of(
        identify(daysAgo(30), "web", Map.of("firstName", "Ann", "email", "ann@old.example")),
        identify(
            daysAgo(10),
            "ios",
            Map.of("email", "ann@example.com", "consent", Map.of("email", true, "sms", false))),
        posOrder(
            daysAgo(20),
            "12.00",
            Map.of(
                "firstName", "Anne", "lastName", "Lee", "address", Map.of("postal_code", "10115"))),
        consentUpdated(daysAgo(5), "sms", true),
        consentUpdated(daysAgo(15), "push", false),
        identify(
            daysAgo(2), "crm", Map.of("consent", Map.of("push", true), "birthday", "1990-04-01")));
  }

  @Test
  void keepsTheMostRecentValueOfEachTraitByEventTime() {
    ProfileTraits traits =
        fold(
            List.of(
                identify(daysAgo(1), "ios", Map.of("email", "new@example.com")),
                identify(
                    daysAgo(3), "web", Map.of("email", "old@example.com", "firstName", "Ann"))));

    assertThat(traits.traits())
        .containsEntry("email", new TraitValue("new@example.com", "ios", daysAgo(1)))
        .containsEntry("firstName", new TraitValue("Ann", "web", daysAgo(3)));
  }

  @Test
  void takesCustomerDetailsFromContextTraitsOfAnyEvent() {
    ProfileTraits traits =
        fold(List.of(posOrder(daysAgo(1), "5.00", Map.of("firstName", "Ann", "loyaltyId", "L-7"))));

    assertThat(traits.traits())
        .containsEntry("firstName", new TraitValue("Ann", "pos", daysAgo(1)))
        .containsEntry("loyaltyId", new TraitValue("L-7", "pos", daysAgo(1)));
  }

  @Test
  void prefersAnIdentifyCallsOwnTraitsOverItsContextTraits() {
    CustomerEvent event = identify(daysAgo(1), "web", Map.of("email", "own@example.com"));
    CustomerEvent withContext =
        new CustomerEvent(
            event.messageId(),
            event.type(),
            null,
            null,
            "user-1",
            null,
            null,
            null,
            event.traits(),
            null,
            Map.of("traits", Map.of("email", "context@example.com", "lastName", "Lee")),
            null,
            event.timestamp(),
            null,
            null,
            event.receivedAt(),
            "web",
            List.of());

    ProfileTraits traits = fold(List.of(withContext));

    assertThat(traits.traits().get("email").value()).isEqualTo("own@example.com");
    assertThat(traits.traits().get("lastName").value()).isEqualTo("Lee");
  }

  @Test
  void ignoresNullTraitValuesAndPageEventsWithoutContextTraits() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("email", null);
    ProfileTraits traits =
        fold(
            List.of(
                identify(daysAgo(3), "web", Map.of("email", "ann@example.com")),
                identify(daysAgo(1), "web", withNull),
                page(daysAgo(1))));

    assertThat(traits.traits()).containsOnlyKeys("email");
    assertThat(traits.traits().get("email").value()).isEqualTo("ann@example.com");
  }

  @Test
  void takesConsentFromIdentifyTraitsAndConsentUpdatedEvents() {
    ProfileTraits traits = fold(history());

    assertThat(traits.consent())
        .containsEntry("email", new TraitValue(true, "ios", daysAgo(10)))
        .containsEntry("sms", new TraitValue(true, "web", daysAgo(5)))
        .containsEntry("push", new TraitValue(true, "crm", daysAgo(2)));
    assertThat(traits.traits()).doesNotContainKey("consent");
  }

  @Test
  void ignoresUnknownConsentChannelsAndNonBooleanValues() {
    ProfileTraits traits =
        fold(
            List.of(
                identify(daysAgo(3), "web", Map.of("consent", Map.of("email", "yes", "fax", true))),
                consentUpdated(daysAgo(2), "carrier-pigeon", true),
                consentUpdated(daysAgo(1), "sms", "true"),
                consentUpdated(daysAgo(1), "push", false)));

    assertThat(traits.consent()).containsOnlyKeys("push");
    assertThat(traits.consent().get("push").value()).isEqualTo(false);
  }

  @Test
  void keepsTheLatestConsentWhateverTheOrder() {
    ProfileTraits traits =
        fold(
            List.of(
                consentUpdated(daysAgo(1), "email", false),
                identify(daysAgo(4), "web", Map.of("consent", Map.of("email", true)))));

    assertThat(traits.consent().get("email")).isEqualTo(new TraitValue(false, "web", daysAgo(1)));
  }

  @Test
  void givesTheSameTraitsWhateverTheOrderOfEvents() {
    List<CustomerEvent> events = new ArrayList<>(history());
    ProfileTraits inOrder = fold(events);
    Random random = new Random(3);

    for (int round = 0; round < 20; round++) {
      Collections.shuffle(events, random);
      assertThat(fold(events)).isEqualTo(inOrder);
    }
  }

  @Test
  void breaksTiesAtTheSameInstantTheSameWayWhateverTheOrder() {
    CustomerEvent web = identify(daysAgo(1), "web", Map.of("email", "web@example.com"));
    CustomerEvent crm = identify(daysAgo(1), "crm", Map.of("email", "crm@example.com"));

    assertThat(fold(List.of(web, crm))).isEqualTo(fold(List.of(crm, web)));
  }

  @Test
  void mergingTwoProfilesEqualsFoldingAllTheirEvents() {
    List<CustomerEvent> events = history();
    for (int split = 0; split <= events.size(); split++) {
      ProfileTraits survivor = fold(events.subList(0, split));
      ProfileTraits merged = fold(events.subList(split, events.size()));

      survivor.mergeFrom(merged);

      assertThat(survivor).isEqualTo(fold(events));
    }
  }

  @Test
  void copiesIndependently() {
    ProfileTraits original = fold(history());
    ProfileTraits copy = original.copy();

    copy.apply(identify(NOW, "web", Map.of("email", "changed@example.com")));

    assertThat(original).isEqualTo(fold(history()));
    assertThat(copy.traits().get("email").value()).isEqualTo("changed@example.com");
  }

  @Test
  void roundTripsThroughJsonExactly() {
    ProfileTraits traits = fold(history());

    String json = EventJson.mapper().writeValueAsString(traits);
    ProfileTraits read = EventJson.mapper().readValue(json, ProfileTraits.class);

    assertThat(read).isEqualTo(traits);
    assertThat(read.traits().get("address").value()).isEqualTo(Map.of("postal_code", "10115"));
    assertThat(EventJson.mapper().readValue("{}", ProfileTraits.class))
        .isEqualTo(ProfileTraits.empty());
  }

  @Test
  void capsTheNumberOfTraitsDroppingTheLeastRecentlyUpdated() {
    ProfileTraits traits = ProfileTraits.empty();
    for (int i = 0; i < ProfileTraits.MAX_TRAITS + 5; i++) {
      traits.apply(identify(NOW.plusSeconds(i), "web", Map.of("custom" + i, i)));
    }

    assertThat(traits.traits()).hasSize(ProfileTraits.MAX_TRAITS);
    assertThat(traits.traits()).doesNotContainKey("custom0").containsKey("custom204");
  }
}
