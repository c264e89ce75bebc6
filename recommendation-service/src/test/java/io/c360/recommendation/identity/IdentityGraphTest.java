package io.c360.recommendation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.security.Sha256;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityGraphTest {

  private static final Identifier ANN = new Identifier(IdentifierType.USER_ID, "ann");
  private static final Identifier ANN_EMAIL = new Identifier(IdentifierType.EMAIL, "ann@x.com");
  private static final Identifier VISIT = new Identifier(IdentifierType.ANONYMOUS_ID, "visit-1");

  private final IdentityGraph graph = new IdentityGraph();

  @Test
  void resolvesTheIdentifiersOfAProfileSnapshot() {
    graph.profileChanged("p-1", List.of(ANN.key(), ANN_EMAIL.key()), List.of());

    assertThat(graph.profileOf(ANN)).contains("p-1");
    assertThat(graph.profileOf(ANN_EMAIL)).contains("p-1");
    assertThat(graph.profileOf(VISIT)).isEmpty();
  }

  @Test
  void anIdentifierALaterSnapshotNoLongerListsIsDropped() {
    graph.profileChanged("p-1", List.of(ANN.key(), ANN_EMAIL.key()), List.of());

    graph.profileChanged("p-1", List.of(ANN.key()), List.of());

    assertThat(graph.profileOf(ANN)).contains("p-1");
    assertThat(graph.profileOf(ANN_EMAIL)).isEmpty();
    assertThat(graph.size()).isEqualTo(1);
  }

  @Test
  void aMergeMovesTheMergedProfilesIdentifiersToTheSurvivor() {
    graph.profileChanged("p-anon", List.of(VISIT.key()), List.of());
    graph.profileChanged("p-ann", List.of(ANN.key()), List.of());

    graph.merged("p-ann", "p-anon", List.of(VISIT.key()));

    assertThat(graph.profileOf(VISIT)).contains("p-ann");
    // the merged profile's later snapshot without the identifier does not take it away again
    graph.profileChanged("p-anon", List.of(), List.of());
    assertThat(graph.profileOf(VISIT)).contains("p-ann");
    assertThat(graph.profileOf(ANN)).contains("p-ann");
  }

  @Test
  void anUnmergeMovesIdentifiersBackToTheProfileSplitOff() {
    graph.profileChanged("p-anon", List.of(VISIT.key()), List.of());
    graph.profileChanged("p-ann", List.of(ANN.key()), List.of());
    graph.merged("p-ann", "p-anon", List.of(VISIT.key()));
    assertThat(graph.profileOf(VISIT)).contains("p-ann");

    graph.unmerged("p-ann", "p-anon", List.of(VISIT.key()));

    assertThat(graph.profileOf(VISIT)).contains("p-anon");
    assertThat(graph.profileOf(ANN)).contains("p-ann");
  }

  @Test
  void aDeletedProfileLosesItsIdentifiers() {
    graph.profileChanged("p-1", List.of(ANN.key()), List.of());
    graph.profileChanged("p-2", List.of(VISIT.key()), List.of());

    graph.profileDeleted("p-1");

    assertThat(graph.profileOf(ANN)).isEmpty();
    assertThat(graph.profileOf(VISIT)).contains("p-2");
  }

  @Test
  void anErasedProfileIsForgottenAndNeverLinkedAgain() {
    graph.profileChanged("p-1", List.of(ANN.key(), ANN_EMAIL.key()), List.of());

    graph.erased("p-1", List.of());
    graph.profileChanged("p-1", List.of(ANN.key()), List.of());
    graph.merged("p-1", "p-2", List.of(ANN_EMAIL.key()));

    assertThat(graph.profileOf(ANN)).isEmpty();
    assertThat(graph.profileOf(ANN_EMAIL)).isEmpty();
    assertThat(graph.size()).isZero();
  }

  @Test
  void erasureDropsIdentifiersGivenAsHashesWhereverTheyPoint() {
    graph.profileChanged("p-1", List.of(ANN.key()), List.of());
    graph.profileChanged("p-2", List.of(ANN_EMAIL.key(), VISIT.key()), List.of());

    graph.erased("p-1", List.of(Sha256.hex(ANN.key()), Sha256.hex(ANN_EMAIL.key())));

    assertThat(graph.profileOf(ANN)).isEmpty();
    assertThat(graph.profileOf(ANN_EMAIL)).isEmpty();
    assertThat(graph.profileOf(VISIT)).contains("p-2");
  }

  @Test
  void aMergedProfilesOldSnapshotReplayedAfterTheSurvivorsResolvesToTheSurvivor() {
    // the compacted topic keeps the merged profile's last snapshot, from before the merge
    graph.profileChanged("p-ann", List.of(ANN.key(), VISIT.key()), List.of("p-anon"));
    graph.profileChanged("p-anon", List.of(VISIT.key()), List.of());

    assertThat(graph.profileOf(VISIT)).contains("p-ann");
    assertThat(graph.profileOf(ANN)).contains("p-ann");
  }

  @Test
  void aSurvivorsSnapshotThatNoLongerListsAMergedProfileLetsItResolveToItselfAgain() {
    graph.profileChanged("p-ann", List.of(ANN.key()), List.of("p-anon"));
    graph.profileChanged("p-anon", List.of(VISIT.key()), List.of());
    assertThat(graph.profileOf(VISIT)).contains("p-ann");

    graph.profileChanged("p-ann", List.of(ANN.key()), List.of());

    assertThat(graph.profileOf(VISIT)).contains("p-anon");
  }
}
