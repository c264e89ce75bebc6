package io.c360.common.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void refusesATopicNameWithoutVersion() {
    assertThatThrownBy(() -> new TopicSpec("c360.events", "k", "v", 1, false, Duration.ofDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
