package io.c360.recommendation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Policies ranked over a real embedded recommender. */
class PolicyRankerTest {

  static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");

  private EmbeddedRecommender embedded;
  private PolicyRanker ranker;

  @BeforeEach
  void train() {
    embedded =
        new EmbeddedRecommender(EmbeddedSettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
    List<Interaction> history = new ArrayList<>();
    // "hit" is bought by ten customers with "pair": popular and each other's neighbour
    for (int c = 0; c < 10; c++) {
      history.add(bought("other-" + c, "hit", 3, "o" + c));
      history.add(bought("other-" + c, "pair", 3, "o" + c));
    }
    embedded.record(history);
    embedded.rebuild();
    ranker = new PolicyRanker(embedded);
  }

  static Interaction bought(String profile, String sku, int daysAgo, String order) {
    return new Interaction(
        profile,
        sku,
        "Pantry",
        Kind.PURCHASE,
        NOW.minus(Duration.ofDays(daysAgo)),
        order + "#" + sku);
  }

  /** Ann bought milk in four orders, bread in two, and looked at "hit" last. */
  static Shopper ann() {
    return new Shopper(
        "ann",
        List.of("hit", "milk", "bread"),
        List.of(new Candidate("milk", 4), new Candidate("bread", 2)),
        4);
  }

  private List<String> rank(Policy policy, Shopper shopper) {
    return ranker
        .rank(
            policy,
            embedded,
            new PolicyRanker.Ask(
                "home", RecommendationQuery.PERSONALIZED, shopper, List.of(), null, 4, Map.of()))
        .stream()
        .map(Candidate::sku)
        .toList();
  }

  @Test
  void topFrequencyShowsTheMostOftenBoughtItemsThenPopularOnes() {
    assertThat(rank(Policy.of(Policy.TOP_FREQUENCY), ann()))
        .containsExactly("milk", "bread", "hit", "pair");
  }

  @Test
  void aCustomerWhoBoughtNothingGetsPopularItemsFromTopFrequency() {
    assertThat(rank(Policy.of(Policy.TOP_FREQUENCY), Shopper.unknown())).startsWith("hit");
  }

  @Test
  void aFullBlendIsTopFrequencyFilledByTheModelAndAnEmptyOneIsTheModel() {
    List<String> model = rank(Policy.of(Policy.REPEAT_ALLOWED), ann());

    assertThat(rank(Policy.blend(1), ann())).startsWith("milk", "bread");
    assertThat(rank(Policy.blend(0), ann())).isEqualTo(model);
    assertThat(model.getFirst()).isNotEqualTo("milk");
  }

  @Test
  void policiesAreCheckedByName() {
    assertThat(new Policy(" Blend ", 0.3)).isEqualTo(Policy.blend(0.3));
    assertThat(Policy.of(Policy.TOP_FREQUENCY).weight()).isZero();
    assertThatThrownBy(() -> Policy.of("newest")).hasMessageContaining("is not one of");
    assertThatThrownBy(() -> Policy.blend(1.5)).hasMessageContaining("between 0 and 1");
  }
}
