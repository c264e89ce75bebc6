package io.c360.recommendation.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBootstrapTest {

  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  @Test
  void teachesTheRecommenderWhatTheTimelineHoldsAndCountsNothingTwice() {
    List<Interaction> timeline = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      timeline.add(bought("p-" + i, "tent", i));
      timeline.add(bought("p-" + i, "stove", i));
    }
    timeline.add(bought("ann", "tent", 9));
    CustomerActivity activity = new CustomerActivity(200);
    EmbeddedRecommender embedded = new EmbeddedRecommender(EmbeddedSettings.defaults(), clock);
    HistoryBootstrap bootstrap = new HistoryBootstrap(() -> timeline, activity, List.of(embedded));

    int first = bootstrap.load();
    int second = bootstrap.load();
    embedded.rebuild();

    assertThat(first).isEqualTo(timeline.size());
    assertThat(second).as("already recorded").isZero();
    assertThat(activity.purchased("ann")).containsExactly("tent");
    assertThat(embedded.similar("tent", 3)).extracting(Candidate::sku).first().isEqualTo("stove");
  }

  private static Interaction bought(String profileId, String sku, int order) {
    return new Interaction(
        profileId,
        sku,
        "camping",
        Interaction.Kind.PURCHASE,
        NOW.minusSeconds(3600L * (order + 1)),
        "order-" + profileId + "-" + order + "#" + sku);
  }
}
