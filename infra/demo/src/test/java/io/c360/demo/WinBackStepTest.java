package io.c360.demo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void bottomThresholdKeepsAtLeastTheBottomFractionRoundedUp() {
    List<Double> scores = List.of(0.1, 0.9, 0.456, 0.3, 0.8, 0.2, 0.7, 0.6, 0.5, 0.4);

    assertThat(WinBackStep.bottomThreshold(scores, 0.2)).isEqualByComparingTo("0.20");
    assertThat(WinBackStep.bottomThreshold(List.of(0.4531), 0.2)).isEqualByComparingTo("0.46");
  }

  @Test
  void buildsTheAudienceOnChurnScoresWhenChurnIsServed(@TempDir Path blobs) throws IOException {
    write(blobs, "scores/churn_90d/a.csv", "churn_90d", 0.9, 0.1, 0.5, 0.3, 0.7);
    write(blobs, "scores/repurchase_30d/a.csv", "repurchase_30d", 0.2);

    WinBackStep.Basis basis =
        step(blobs)
            .basis(
                Map.of(
                    "churn_90d", "scores/churn_90d/a.csv",
                    "repurchase_30d", "scores/repurchase_30d/a.csv"));

    assertThat(basis.condition())
        .containsEntry("field", "scores.churn_90d")
        .containsEntry("op", ">=");
    assertThat(basis.threshold()).isEqualByComparingTo("0.90");
    assertThat(basis.lookalikeModel()).isEqualTo("churn_90d");
  }

  @Test
  void fallsBackToTheLeastLikelyToBuyAgainWhenChurnHasNoChampion(@TempDir Path blobs)
      throws IOException {
    write(blobs, "scores/repurchase_30d/a.csv", "repurchase_30d", 0.8, 0.15, 0.5, 0.3, 0.6);

    WinBackStep.Basis basis =
        step(blobs).basis(Map.of("repurchase_30d", "scores/repurchase_30d/a.csv"));

    assertThat(basis.condition())
        .containsEntry("field", "scores.repurchase_30d")
        .containsEntry("op", "<=");
    assertThat(basis.threshold()).isEqualByComparingTo("0.15");
    assertThat(basis.lookalikeModel()).isEqualTo("repurchase_30d");
    assertThat(basis.description()).contains("least likely to buy again");
  }

  @Test
  void fallsBackToARecencyRuleWhenNoModelIsServed(@TempDir Path blobs) {
    WinBackStep.Basis basis = step(blobs).basis(Map.of());

    assertThat(basis.condition())
        .containsEntry("field", "daysSinceLastOrder")
        .containsEntry("value", WinBackStep.LAPSED_DAYS);
    assertThat(basis.threshold()).isNull();
    assertThat(basis.lookalikeModel()).isNull();
  }

  private static WinBackStep step(Path blobs) {
    Api activation =
        Api.bearer(
            "activation-service", URI.create("http://localhost:9"), "t", Api.newHttpClient());
    return new WinBackStep(
        activation, blobs, new PrintStream(OutputStream.nullOutputStream(), true, UTF_8));
  }

  private static void write(Path blobs, String key, String model, double... scores)
      throws IOException {
    StringBuilder csv = new StringBuilder("profile_id,model,model_version,score\n");
    for (int i = 0; i < scores.length; i++) {
      csv.append("p-").append(i).append(',').append(model).append(",1,").append(scores[i]);
      csv.append('\n');
    }
    Path file = blobs.resolve(key);
    Files.createDirectories(file.getParent());
    Files.writeString(file, csv);
  }

  @Test
  void anEmptyScoreFileIsAClearFailure() {
    assertThatThrownBy(() -> WinBackStep.threshold(List.of(), 0.2))
        .isInstanceOf(DemoFailedException.class)
        .hasMessageContaining("nobody was scored");
  }
}
