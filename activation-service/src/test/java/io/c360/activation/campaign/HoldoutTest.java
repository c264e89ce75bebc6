package io.c360.activation.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.activation.profile.ProfileId;
import org.junit.jupiter.api.Test;

class HoldoutTest {

  private static final int MEMBERS = 100_000;

  @Test
  void holdsOutTheConfiguredShareWithinStatisticalTolerance() {
    for (double percent : new double[] {5, 10, 33.3, 50}) {
      int control = 0;
      for (int i = 0; i < MEMBERS; i++) {
        if (Holdout.assign(new ProfileId("p-" + i), "winback-2026", percent) == Group.CONTROL) {
          control++;
        }
      }
      double p = percent / 100;
      double sd = Math.sqrt(MEMBERS * p * (1 - p));
      // 4 standard deviations: a correct hash fails this about once in 16,000 runs
      assertThat((double) control).isBetween(MEMBERS * p - 4 * sd, MEMBERS * p + 4 * sd);
    }
  }

  @Test
  void theSameProfileAndKeyAlwaysLandInTheSameGroupAndKeysSplitIndependently() {
    int sameUnderBothKeys = 0;
    int controlUnderA = 0;
    for (int i = 0; i < MEMBERS; i++) {
      ProfileId id = new ProfileId("p-" + i);
      Group a = Holdout.assign(id, "experiment-a", 50);
      assertThat(Holdout.assign(id, "experiment-a", 50)).isEqualTo(a);
      controlUnderA += a == Group.CONTROL ? 1 : 0;
      if (a == Group.CONTROL && Holdout.assign(id, "experiment-b", 50) == Group.CONTROL) {
        sameUnderBothKeys++;
      }
    }
    // independent splits: about half of A's control group is in B's control group too
    double expected = controlUnderA * 0.5;
    double sd = Math.sqrt(controlUnderA * 0.25);
    assertThat((double) sameUnderBothKeys).isBetween(expected - 4 * sd, expected + 4 * sd);
  }

  @Test
  void noHoldoutMeansEveryoneIsTreated() {
    for (int i = 0; i < 10_000; i++) {
      assertThat(Holdout.assign(new ProfileId("p-" + i), "k", 0)).isEqualTo(Group.TREATMENT);
    }
  }
}
