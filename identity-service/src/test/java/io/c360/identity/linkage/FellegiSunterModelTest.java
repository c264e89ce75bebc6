package io.c360.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.identity.fuzzy.OfflinePerson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FellegiSunterModelTest {

  private static final OfflinePerson ANN =
      new OfflinePerson(
          "Ann",
          "Fletcher",
          "Oak Street",
          "10001",
          LocalDate.of(1984, 3, 9),
          "Marie",
          "12",
          "Springfield",
          "ca",
          "f");

  private static int pattern(OfflinePerson a, OfflinePerson b) {
    return Comparison.pattern(ComparablePerson.of(a), ComparablePerson.of(b));
  }

  @Test
  void comparesEveryFieldIntoLevels() {
    OfflinePerson typo =
        new OfflinePerson(
            "Ann",
            "Fletcehr",
            "Oak St",
            "10001",
            LocalDate.of(1984, 9, 3),
            null,
            "12",
            "Springfeld",
            "ca",
            "f");

    int p = pattern(ANN, typo);

    assertThat(Comparison.level(p, Field.FIRST_NAME)).isEqualTo(Field.EXACT);
    assertThat(Comparison.level(p, Field.LAST_NAME)).isEqualTo(Field.PARTIAL);
    assertThat(Comparison.level(p, Field.STREET)).isEqualTo(Field.EXACT);
    assertThat(Comparison.level(p, Field.BIRTH_DATE)).isEqualTo(Field.PARTIAL);
    assertThat(Comparison.level(p, Field.MIDDLE_NAME)).isEqualTo(Field.MISSING);
    assertThat(Comparison.level(p, Field.LOCALITY)).isEqualTo(Field.PARTIAL);
    assertThat(Comparison.level(p, Field.GENDER)).isEqualTo(Field.EXACT);
  }

  @Test
  void comparesSwappedNamesTheRightWayRound() {
    OfflinePerson swapped =
        new OfflinePerson("Fletcher", "Ann", null, "10001", null, null, null, null, null, null);

    int p = pattern(ANN, swapped);

    assertThat(Comparison.level(p, Field.FIRST_NAME)).isEqualTo(Field.EXACT);
    assertThat(Comparison.level(p, Field.LAST_NAME)).isEqualTo(Field.EXACT);
  }

  @Test
  void learnsThatAgreeingOnEverythingIsOnePersonAndAHouseholdIsNot() {
    OfflinePerson sister =
        new OfflinePerson(
            "Beth",
            "Fletcher",
            "Oak Street",
            "10001",
            LocalDate.of(1990, 7, 1),
            null,
            "12",
            "Springfield",
            "ca",
            "f");
    OfflinePerson stranger =
        new OfflinePerson(
            "Bob",
            "Fisher",
            "Elm Road",
            "10001",
            LocalDate.of(1950, 1, 2),
            "Jay",
            "7",
            "Springfield",
            "ca",
            "m");
    OfflinePerson copy =
        new OfflinePerson(
            "Anne",
            "Fletcher",
            "Oak Street",
            "10001",
            LocalDate.of(1984, 3, 9),
            "M",
            "12",
            "Springfield",
            "ca",
            "f");
    PatternCounts counts = new PatternCounts();
    for (int i = 0; i < 300; i++) {
      counts.add(pattern(ANN, copy));
      counts.add(pattern(ANN, ANN));
      counts.add(pattern(ANN, sister));
      counts.add(pattern(ANN, stranger));
      counts.add(pattern(ANN, stranger));
    }

    FellegiSunterModel model = FellegiSunterModel.estimate(counts, 0.99, 0.2, 200);

    assertThat(model.usable()).isTrue();
    assertThat(model.weight(pattern(ANN, copy))).isGreaterThanOrEqualTo(model.linkWeight());
    assertThat(model.weight(pattern(ANN, sister))).isLessThan(model.suggestWeight());
    assertThat(model.weight(pattern(ANN, stranger))).isLessThan(model.suggestWeight());
    assertThat(model.lambda()).isBetween(0.3, 0.5);
    assertThat(model.m(Field.BIRTH_DATE, Field.EXACT))
        .isGreaterThan(model.u(Field.BIRTH_DATE, Field.EXACT));
  }
}
