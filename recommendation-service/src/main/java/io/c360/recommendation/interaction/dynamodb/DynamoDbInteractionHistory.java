package io.c360.recommendation.interaction.dynamodb;

import io.c360.common.aws.ActiveTimelines;
import io.c360.common.event.CustomerEvent;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.interaction.Interactions;
import java.util.ArrayList;
import java.util.List;

/**
 * The interactions of every {@code ACTIVE} profile (never an erased or merged one) from the
 * timeline ({@link ActiveTimelines}), whose events (re-keyed to the survivor on merges) become
 * interactions as live ones do.
 */
final class DynamoDbInteractionHistory implements InteractionHistory {

  private final ActiveTimelines timelines;

  DynamoDbInteractionHistory(ActiveTimelines timelines) {
    this.timelines = timelines;
  }

  @Override
  public List<Interaction> all() {
    List<Interaction> interactions = new ArrayList<>();
    timelines
        .read(timelines.activeProfiles(), DynamoDbInteractionHistory::interactions)
        .values()
        .forEach(interactions::addAll);
    return interactions;
  }

  private static List<Interaction> interactions(String profileId, List<CustomerEvent> events) {
    List<Interaction> interactions = new ArrayList<>();
    for (CustomerEvent event : events) {
      interactions.addAll(Interactions.of(profileId, event));
    }
    return interactions;
  }
}
