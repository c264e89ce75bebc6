package io.c360.scoring.history.dynamodb;

import io.c360.common.aws.ActiveTimelines;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.TimelineReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Histories from identity-service's profiles and timeline tables ({@link ActiveTimelines}). */
final class DynamoDbTimelineReader implements TimelineReader {

  private final ActiveTimelines timelines;

  DynamoDbTimelineReader(ActiveTimelines timelines) {
    this.timelines = timelines;
  }

  @Override
  public Map<String, CustomerHistory> histories(Collection<String> profileIds) {
    return read(timelines.activeAmong(profileIds));
  }

  @Override
  public List<CustomerHistory> allActive() {
    return new ArrayList<>(read(timelines.activeProfiles()).values());
  }

  private Map<String, CustomerHistory> read(List<String> profileIds) {
    return timelines.read(
        profileIds,
        (profileId, events) ->
            new CustomerHistory(profileId, events.stream().map(HistoryEvent::of).toList()));
  }
}
