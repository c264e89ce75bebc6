package io.c360.recommendation.recommender.embedded;

import static io.c360.recommendation.recommender.embedded.Interactions.NOW;
import static io.c360.recommendation.recommender.embedded.Interactions.of;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionLogTest {

  private final InteractionLog log = new InteractionLog(3);
  private final Instant horizon = NOW.minus(Duration.ofDays(365));

  @Test
  void keepsTheNewestInteractionsPerProfileOldestFirst() {
    for (int day = 5; day >= 1; day--) {
      log.add(of("p", "COF-" + day, Kind.VIEW, Duration.ofDays(day)), horizon);
    }

    assertThat(log.history("p"))
        .extracting(Interaction::sku)
        .containsExactly("COF-3", "COF-2", "COF-1");
  }

  @Test
  void ignoresARedeliveredInteractionButNotAnotherLineOfTheSameOrder() {
    Interaction line = of("p", "COF-1", Kind.PURCHASE, Duration.ofDays(1));
    Interaction otherLine =
        new Interaction("p", "TEA-1", "Tea", Kind.PURCHASE, line.at(), line.messageId());

    assertThat(log.add(line, horizon)).isTrue();
    assertThat(log.add(line, horizon)).isFalse();
    assertThat(log.add(otherLine, horizon)).isTrue();
    assertThat(log.history("p")).hasSize(2);
  }

  @Test
  void dropsInteractionsOlderThanTheHorizon() {
    assertThat(log.add(of("p", "COF-1", Kind.VIEW, Duration.ofDays(400)), horizon)).isFalse();
    log.add(of("p", "COF-2", Kind.VIEW, Duration.ofDays(10)), horizon);

    log.prune(NOW.minus(Duration.ofDays(5)));

    assertThat(log.history("p")).isEmpty();
    assertThat(log.profiles()).isZero();
  }
}
