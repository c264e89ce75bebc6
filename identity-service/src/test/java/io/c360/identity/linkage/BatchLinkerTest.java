package io.c360.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.FuzzyMatchingProperties;
import io.c360.identity.fuzzy.InMemoryFuzzyIndex;
import io.c360.identity.fuzzy.OfflinePerson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchLinkerTest {

  private final FuzzyMatcher matcher = new FuzzyMatcher(FuzzyMatchingProperties.defaults());
  private final BatchLinker linker = new BatchLinker(matcher, LinkageProperties.defaults());
  private final InMemoryFuzzyIndex index = new InMemoryFuzzyIndex(matcher);

  private static OfflinePerson ann(String first) {
    return new OfflinePerson(
        first,
        "Qwertzuy",
        "Oak Street",
        "12345",
        LocalDate.of(1984, 3, 21),
        null,
        "12",
        "Springfield",
        "ca",
        "f");
  }

  @Test
  void clustersTwoRecordsOfOnePersonInABatch() {
    LinkagePlan plan = linker.link(List.of(ann("Ann"), ann("Anne")), index, new LinkageHistory());

    assertThat(plan.method()).isEqualTo("fallback");
    assertThat(plan.clusters()).hasSize(1);
    assertThat(plan.clusters().getFirst().members()).containsExactly(0, 1);
    assertThat(plan.clusters().getFirst().target()).isInstanceOf(LinkagePlan.NewProfile.class);
  }

  @Test
  void linksARecordToTheProfileOfAnEarlierBatch() {
    index.remember("p1", ann("Ann"));

    LinkagePlan plan = linker.link(List.of(ann("Anne")), index, new LinkageHistory());

    assertThat(plan.clusters().getFirst().target())
        .isInstanceOfSatisfying(
            LinkagePlan.ExistingProfile.class, p -> assertThat(p.profileId()).isEqualTo("p1"));
  }

  @Test
  void suggestsTwoRecordsOfABatchInTheGreyZone() {
    // twins: same last name, address and birth date, another first name (0.75 by today's scorer)
    LinkagePlan plan =
        linker.link(List.of(ann("Ann"), ann("Mary"), stranger()), index, new LinkageHistory());

    assertThat(plan.clusters()).hasSize(3);
    assertThat(plan.suggestions())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(List.of(s.record(), s.other())).containsExactlyInAnyOrder(0, 1);
              assertThat(s.score()).isBetween(0.70, 0.86);
            });
  }

  @Test
  void suggestsNothingBetweenRecordsItLinkedOrThatAreStrangers() {
    LinkagePlan plan =
        linker.link(List.of(ann("Ann"), ann("Anne"), stranger()), index, new LinkageHistory());

    assertThat(plan.clusters()).hasSize(2);
    assertThat(plan.suggestions()).isEmpty();
  }

  @Test
  void suggestsRecordsAboveTheLinkThresholdThatTheClusterCapKeptApart() {
    List<OfflinePerson> copies = java.util.Collections.nCopies(12, ann("Ann"));

    LinkagePlan plan = linker.link(copies, index, new LinkageHistory());

    assertThat(plan.clusters()).hasSize(2);
    assertThat(plan.suggestions()).hasSize(1);
    LinkagePlan.WithinBatch s = plan.suggestions().getFirst();
    assertThat(clusterOf(plan, s.record())).isNotEqualTo(clusterOf(plan, s.other()));
  }

  private static int clusterOf(LinkagePlan plan, int record) {
    for (int c = 0; c < plan.clusters().size(); c++) {
      if (plan.clusters().get(c).members().contains(record)) {
        return c;
      }
    }
    throw new AssertionError("record " + record + " is in no cluster");
  }

  /** Same postcode and street, nothing else in common. */
  private static OfflinePerson stranger() {
    return new OfflinePerson(
        "Zoltan",
        "Brightwater",
        "Oak Street",
        "12345",
        LocalDate.of(1950, 11, 2),
        null,
        "90",
        "Springfield",
        "ca",
        "m");
  }

  @Test
  void neverGrowsAClusterPastTheCap() {
    List<OfflinePerson> copies = java.util.Collections.nCopies(25, ann("Ann"));

    LinkagePlan plan = linker.link(copies, index, new LinkageHistory());

    assertThat(plan.clusters())
        .allSatisfy(c -> assertThat(c.members()).hasSizeLessThanOrEqualTo(10));
    assertThat(plan.clusters().stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(25);
  }
}
