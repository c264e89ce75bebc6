package io.c360.recommendation.interaction.dynamodb;

import io.c360.common.aws.DynamoDbBatches;
import io.c360.common.event.CustomerEvent;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.interaction.Interactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interactions of every {@code ACTIVE} profile (so never an erased or merged one): a scan of
 * the profiles table's keys and status, then a Query of each profile's timeline partition, whose
 * events (re-keyed to the survivor on merges) become interactions as live ones do.
 */
final class DynamoDbInteractionHistory implements InteractionHistory {

  private final DynamoDbClient dynamo;
  private final String profilesTable;
  private final String timelineTable;
  private final JsonMapper json;
  private final DynamoDbBatches batches;

  DynamoDbInteractionHistory(
      DynamoDbClient dynamo, String profilesTable, String timelineTable, JsonMapper json) {
    this.dynamo = dynamo;
    this.profilesTable = profilesTable;
    this.timelineTable = timelineTable;
    this.json = json;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
  }

  @Override
  public List<Interaction> all() {
    List<String> active = new ArrayList<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(profilesTable)
                    .projectionExpression("profileId, #status")
                    .expressionAttributeNames(Map.of("#status", "status")))
        .items()
        .forEach(
            item -> {
              AttributeValue status = item.get("status");
              if (status != null && "ACTIVE".equals(status.s())) {
                active.add(item.get("profileId").s());
              }
            });
    List<Interaction> interactions = new ArrayList<>();
    for (String profileId : active) {
      for (Map<String, AttributeValue> item :
          batches.queryAll(timelineTable, "profileId", profileId)) {
        AttributeValue event = item.get("event");
        if (event != null && event.s() != null) {
          interactions.addAll(
              Interactions.of(profileId, json.readValue(event.s(), CustomerEvent.class)));
        }
      }
    }
    return interactions;
  }
}
