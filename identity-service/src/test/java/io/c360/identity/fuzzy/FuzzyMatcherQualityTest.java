package io.c360.identity.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The matcher's quality on a generated set with known duplicates; floors justified in {@code
 * docs/identity-matching.md}: precision is what protects customers (a wrong link mixes two people's
 * data), recall may be lower because a missed link usually becomes a suggestion.
 */
class FuzzyMatcherQualityTest {

  @Test
  void linksMostDuplicatesWhileAlmostNeverLinkingTwoPeople() {
    var result =
        MatchingEvaluation.run(
            new FuzzyMatcher(FuzzyMatchingProperties.defaults()),
            SyntheticPeople.generate(360L, 5_000, 0.4));
    System.out.println(result.table());

    assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(result.recall()).isGreaterThanOrEqualTo(0.65);
    assertThat(result.suggestedShare() + result.recall()).isGreaterThanOrEqualTo(0.8);
  }
}
