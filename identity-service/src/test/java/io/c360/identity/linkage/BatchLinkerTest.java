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
  void neverGrowsAClusterPastTheCap() {
    List<OfflinePerson> copies = java.util.Collections.nCopies(25, ann("Ann"));

    LinkagePlan plan = linker.link(copies, index, new LinkageHistory());

    assertThat(plan.clusters())
        .allSatisfy(c -> assertThat(c.members()).hasSizeLessThanOrEqualTo(10));
    assertThat(plan.clusters().stream().mapToInt(c -> c.members().size()).sum()).isEqualTo(25);
  }
}
