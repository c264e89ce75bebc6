package io.c360.recommendation.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.recommendation.policy.Policy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The contexts' policies bind from configuration as the service reads them. */
class RecommendationPropertiesTest {

  static RecommendationProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bind("c360.recommendation", RecommendationProperties.class)
        .get();
  }

  @Test
  void bindsEachContextsPolicyWeightAndVariants() {
    RecommendationProperties properties =
        bind(
            Map.of(
                "c360.recommendation.contexts.home.strategy", "personalized",
                "c360.recommendation.contexts.home.policy", "blend",
                "c360.recommendation.contexts.home.blend-weight", "0.8",
                "c360.recommendation.contexts.email.strategy", "personalized",
                "c360.recommendation.contexts.email.exclude-purchased", "true",
                "c360.recommendation.contexts.email.variants[0].name", "p",
                "c360.recommendation.contexts.email.variants[0].backend", "personalize",
                "c360.recommendation.contexts.email.variants[0].weight", "100"));

    assertThat(properties.contexts()).containsOnlyKeys("home", "email");
    assertThat(properties.contexts().get("home").configuredPolicy()).isEqualTo(Policy.blend(0.8));
    assertThat(properties.contexts().get("email").configuredPolicy().name())
        .isEqualTo(Policy.EXCLUDE_PURCHASED);
    assertThat(properties.contexts().get("email").variants().getFirst().backend())
        .isEqualTo("personalize");
  }

  @Test
  void anUnknownPolicyStopsTheServiceFromStarting() {
    assertThatThrownBy(
            () ->
                bind(
                    Map.of(
                        "c360.recommendation.contexts.home.strategy", "personalized",
                        "c360.recommendation.contexts.home.policy", "newest-first")))
        .hasRootCauseMessage(
            "policy 'newest-first' is not one of " + Policy.NAMES + " or " + Policy.AUTO);
  }
}
