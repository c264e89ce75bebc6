package io.c360.activation.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileId;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AudienceRulesTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  @Test
  void matchesTheIssuesWinBackExample() {
    AudienceRule rule =
        rule(
            """
            {"all":[{"field":"scores.churn_90d","op":">=","value":0.7},
                    {"field":"daysSinceLastOrder","op":">","value":60},
                    {"field":"consent.email","op":"=","value":true}]}
            """);
    assertThat(rule.matches(profile(0.7, 61, true), NOW)).isTrue();
    assertThat(rule.matches(profile(0.69, 61, true), NOW)).isFalse();
    assertThat(rule.matches(profile(0.9, 59, true), NOW)).isFalse();
    assertThat(rule.matches(profile(0.9, 90, false), NOW)).isFalse();
  }

  @Test
  void aMissingValueMatchesNoComparisonButExistsSeesIt() {
    ActivationProfile neverScoredNeverOrdered = profile(null, null, false);
    assertThat(
            rule("{\"field\":\"scores.churn_90d\",\"op\":\"lt\",\"value\":0.5}")
                .matches(neverScoredNeverOrdered, NOW))
        .isFalse();
    assertThat(
            rule("{\"field\":\"daysSinceLastOrder\",\"op\":\"gt\",\"value\":1}")
                .matches(neverScoredNeverOrdered, NOW))
        .isFalse();
    assertThat(
            rule("{\"field\":\"scores.churn_90d\",\"op\":\"exists\",\"value\":false}")
                .matches(neverScoredNeverOrdered, NOW))
        .isTrue();
    assertThat(
            rule("{\"not\":{\"field\":\"scores.churn_90d\",\"op\":\"exists\"}}")
                .matches(neverScoredNeverOrdered, NOW))
        .isTrue();
    // a consent never given reads as false
    assertThat(
            rule("{\"field\":\"consent.sms\",\"op\":\"eq\",\"value\":false}")
                .matches(neverScoredNeverOrdered, NOW))
        .isTrue();
  }

  @Test
  void comparesStringsWithoutCaseAndListsWithContainsAndIn() {
    ActivationProfile p = profile(0.5, 10, true);
    assertThat(
            rule("{\"field\":\"preferredCategory\",\"op\":\"eq\",\"value\":\"SHOES\"}")
                .matches(p, NOW))
        .isTrue();
    assertThat(
            rule("{\"field\":\"subscriptionStatus\",\"op\":\"in\",\"value\":[\"active\",\"cancelled\"]}")
                .matches(p, NOW))
        .isTrue();
    assertThat(
            rule("{\"field\":\"channels\",\"op\":\"contains\",\"value\":\"pos\"}").matches(p, NOW))
        .isTrue();
    assertThat(
            rule("{\"field\":\"channels\",\"op\":\"contains\",\"value\":\"app\"}").matches(p, NOW))
        .isFalse();
    assertThat(rule("{\"field\":\"traits.tier\",\"op\":\"eq\",\"value\":\"gold\"}").matches(p, NOW))
        .isTrue();
    assertThat(rule("{\"field\":\"hasEmail\",\"op\":\"eq\",\"value\":true}").matches(p, NOW))
        .isTrue();
    assertThat(
            rule("{\"any\":[{\"field\":\"orderCount\",\"op\":\"gte\",\"value\":10},{\"field\":\"lifetimeValue\",\"op\":\"gt\",\"value\":99.5}]}")
                .matches(p, NOW))
        .isTrue();
  }

  @Test
  void writesBackWhatItReads() {
    String json =
        "{\"all\":[{\"field\":\"scores.churn_90d\",\"op\":\"gte\",\"value\":0.7},"
            + "{\"not\":{\"field\":\"channels\",\"op\":\"contains\",\"value\":\"app\"}},"
            + "{\"any\":[{\"field\":\"subscriptionStatus\",\"op\":\"in\",\"value\":[\"active\"]},"
            + "{\"field\":\"orderCount\",\"op\":\"gt\",\"value\":2}]}]}";
    AudienceRule rule = rule(json);
    assertThat(AudienceRules.toJson(rule).toString()).isEqualTo(json);
    assertThat(AudienceRules.parse(AudienceRules.toJson(rule))).isEqualTo(rule);
  }

  @Test
  void listsEveryProblemWithItsPath() {
    assertThatThrownBy(
            () ->
                rule(
                    """
                    {"any":[{"field":"scores.churn 90d","op":"gt","value":1},
                            {"field":"channels","op":"eq","value":"web"},
                            {"field":"orderCount","op":"in","value":[]},
                            {"field":"hasPhone","op":"exists","value":"yes"},
                            {"all":[]},
                            "orderCount > 3"]}
                    """))
        .isInstanceOfSatisfying(
            InvalidRuleException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "$.any[0].field: unknown field \"scores.churn 90d\"; known fields are "
                            + AudienceFields.known(),
                        "$.any[1].value: channels eq is not possible: channels is a list, use contains",
                        "$.any[2].value: orderCount in needs a non-empty array",
                        "$.any[3].value: hasPhone exists takes true, false or no value",
                        "$.any[4].all: expected a non-empty array of rules",
                        "$.any[5]: expected an object with all, any, not or field"));
  }

  @Test
  void refusesRulesThatAreTooBig() {
    StringBuilder many = new StringBuilder("{\"any\":[");
    for (int i = 0; i <= AudienceRules.MAX_CONDITIONS; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"field\":\"orderCount\",\"op\":\"eq\",\"value\":")
          .append(i)
          .append('}');
    }
    many.append("]}");
    assertThatThrownBy(() -> rule(many.toString()))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageContaining("at most " + AudienceRules.MAX_CONDITIONS + " conditions");
  }

  private static AudienceRule rule(String json) {
    return AudienceRules.parse(EventJson.mapper().readTree(json));
  }

  private static ActivationProfile profile(
      Double churn, Integer daysSinceOrder, boolean emailConsent) {
    Instant lastOrder = daysSinceOrder == null ? null : NOW.minus(Duration.ofDays(daysSinceOrder));
    ComputedTraits computed =
        new ComputedTraits(
            NOW,
            NOW.minus(Duration.ofDays(300)),
            NOW,
            3,
            new BigDecimal("100.00"),
            null,
            lastOrder,
            0,
            2,
            5,
            1,
            List.of(),
            List.of("web", "pos"),
            "shoes",
            4.5,
            1,
            "active",
            null);
    return new ActivationProfile(
        new ProfileId("p-1"),
        List.of(new Identifier(IdentifierType.EMAIL, "ann@example.com")),
        Map.of("tier", "Gold"),
        Map.of("email", emailConsent),
        computed,
        churn == null ? Map.of() : Map.of("churn_90d", churn));
  }
}
