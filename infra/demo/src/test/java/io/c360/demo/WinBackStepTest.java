package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WinBackStepTest {

  @Test
  void readsTheScoreColumnOfAScoreFile() {
    List<String> lines =
        List.of(
            "profile_id,model,model_version,score,decile,scored_at",
            "p-1,churn_90d,1,0.91,1,2026-11-24T00:00:00Z",
            "p-2,churn_90d,1,0.12,10,2026-11-24T00:00:00Z");

    assertThat(WinBackStep.scores(lines)).containsExactly(0.91, 0.12);
  }

  @Test
  void thresholdKeepsAtLeastTheTopFractionRoundedDown() {
    List<Double> scores = List.of(0.1, 0.9, 0.456, 0.3, 0.8, 0.2, 0.7, 0.6, 0.5, 0.4);

    assertThat(WinBackStep.threshold(scores, 0.2)).isEqualByComparingTo(new BigDecimal("0.80"));
    assertThat(WinBackStep.threshold(scores, 0.25)).isEqualByComparingTo(new BigDecimal("0.70"));
    assertThat(WinBackStep.threshold(List.of(0.4567), 0.2)).isEqualByComparingTo("0.45");
  }

  @Test
  void anEmptyScoreFileIsAClearFailure() {
    assertThatThrownBy(() -> WinBackStep.threshold(List.of(), 0.2))
        .isInstanceOf(DemoFailedException.class)
        .hasMessageContaining("nobody was scored");
  }
}
