package io.c360.identity.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Import;

class FuzzyMatchingPropertiesTest {

  /** The properties as the application's properties scan binds them, and the matcher. */
  @EnableConfigurationProperties(FuzzyMatchingProperties.class)
  @Import(FuzzyMatcher.class)
  static class FuzzyMatching {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(FuzzyMatching.class);

  @Test
  void usesTheMeasuredDefaultsWhenNothingIsConfigured() {
    context.run(
        ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean(FuzzyMatchingProperties.class))
              .isEqualTo(FuzzyMatchingProperties.defaults());
          assertThat(ctx.getBean(FuzzyMatcher.class).properties().enabled()).isTrue();
        });
  }

  @Test
  void bindsConfiguredThresholds() {
    context
        .withPropertyValues(
            "c360.identity.fuzzy.match-threshold=0.95",
            "c360.identity.fuzzy.suggest-threshold=0.8",
            "c360.identity.fuzzy.max-candidates=20",
            "c360.identity.fuzzy.enabled=false")
        .run(
            ctx ->
                assertThat(ctx.getBean(FuzzyMatchingProperties.class))
                    .isEqualTo(new FuzzyMatchingProperties(false, 0.95, 0.8, 20)));
  }

  @Test
  void rejectsASuggestThresholdNotBelowTheMatchThreshold() {
    context
        .withPropertyValues(
            "c360.identity.fuzzy.match-threshold=0.8", "c360.identity.fuzzy.suggest-threshold=0.8")
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("suggestThreshold must be below matchThreshold"));
  }

  @Test
  void rejectsAMatchThresholdAboveOne() {
    context
        .withPropertyValues("c360.identity.fuzzy.match-threshold=1.5")
        .run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void rejectsZeroCandidates() {
    context
        .withPropertyValues("c360.identity.fuzzy.max-candidates=0")
        .run(ctx -> assertThat(ctx).hasFailed());
  }
}
