package io.c360.recommendation.serving;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.policy.PolicyChoices.AutoChoice;
import io.c360.recommendation.policy.Shopper;
import io.c360.recommendation.serving.RecommendationProperties.ContextSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContextPoliciesTest {

  static final ContextSettings AUTO = ContextSettings.of("personalized", true, Policy.AUTO);
  static final AutoChoice CHOICE =
      new AutoChoice("ev-1", Policy.of(Policy.TOP_FREQUENCY), Policy.of(Policy.POPULARITY));

  static Shopper withOrders(int orders) {
    return new Shopper("p", List.of(), List.of(), orders);
  }

  @Test
  void homeAndEmailDefaultToAutoAndTheOtherContextsKeepTheirRule() {
    RecommendationProperties defaults =
        new RecommendationProperties(Map.of(), Set.of(), Set.of(), 0, 0, null, null, null, null);

    assertThat(defaults.contexts().get("home").configuredPolicy().name()).isEqualTo(Policy.AUTO);
    assertThat(defaults.contexts().get("email").configuredPolicy().name()).isEqualTo(Policy.AUTO);
    assertThat(defaults.contexts().get("product").configuredPolicy().name())
        .isEqualTo(Policy.REPEAT_ALLOWED);
    assertThat(ContextSettings.of("personalized", true, null).configuredPolicy().name())
        .as("a context configured before policies existed keeps leaving bought items out")
        .isEqualTo(Policy.EXCLUDE_PURCHASED);
  }

  @Test
  void autoWithoutAnEvaluationBlendsFrequentItemsAndTheModel() {
    AppliedPolicy applied =
        new ContextPolicies(context -> Optional.empty()).choose("home", AUTO, withOrders(5));

    assertThat(applied.name()).isEqualTo(Policy.BLEND);
    assertThat(applied.weight()).isEqualTo(0.5);
    assertThat(applied.auto()).isTrue();
    assertThat(applied.evaluationId()).isNull();
  }

  @Test
  void autoFollowsTheEvaluationAndServesCustomersWithFewOrdersTheirOwnChoice() {
    ContextPolicies policies = new ContextPolicies(context -> Optional.of(CHOICE));

    assertThat(policies.choose("home", AUTO, withOrders(3)).name()).isEqualTo(Policy.TOP_FREQUENCY);
    assertThat(policies.choose("home", AUTO, withOrders(2)).name()).isEqualTo(Policy.POPULARITY);
    assertThat(policies.choose("home", AUTO, withOrders(3)).evaluationId()).isEqualTo("ev-1");
  }

  @Test
  void aConfiguredPolicyIsUsedAsIs() {
    ContextSettings blend = new ContextSettings("personalized", false, null, Policy.BLEND, 0.7);

    AppliedPolicy applied =
        new ContextPolicies(context -> Optional.of(CHOICE)).choose("home", blend, withOrders(9));

    assertThat(applied.name()).isEqualTo(Policy.BLEND);
    assertThat(applied.weight()).isEqualTo(0.7);
    assertThat(applied.auto()).isFalse();
  }
}
