package io.c360.common.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.ProfileSnapshot;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void everyTopicNameIsUniqueAndVersioned() {
    assertThat(Topics.ALL).extracting(TopicSpec::name).doesNotHaveDuplicates();
    assertThat(Topics.ALL).allSatisfy(t -> assertThat(t.name()).matches("c360\\..+\\.v\\d+"));
  }

  @Test
  void compactedTopicsKeepRecordsForeverAndOthersHaveARetention() {
    assertThat(Topics.ALL)
        .allSatisfy(t -> assertThat(t.compacted()).isEqualTo(t.retention() == null));
  }

  @Test
  void everyTopicNamesTheContractItsValuesAreReadAs() {
    assertThat(Topics.named("c360.events.v1")).contains(Topics.EVENTS);
    assertThat(Topics.EVENTS.contract()).isEqualTo(CustomerEvent.class);
    assertThat(Topics.PROFILES.contract()).isEqualTo(ProfileSnapshot.class);
    assertThat(Topics.named("c360.unknown.v1")).isEmpty();
  }

  @Test
  void refusesATopicNameWithoutVersion() {
    assertThatThrownBy(
            () ->
                new TopicSpec("c360.events", "k", "v", String.class, 1, false, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
