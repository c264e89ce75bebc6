package io.c360.scoring.support;

import io.c360.common.aws.DynamoDbBatches;
import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.table.Tables;
import io.c360.devstack.test.DevStackExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Puts customers into the {@code profiles} and {@code timeline} tables the way identity-service
 * stores them (a profile item with its status; one timeline item per event, the event as JSON), so
 * scoring reads them through the same contract as in production.
 */
public final class StoredHistories {

  private final DynamoDbClient dynamo;
  private final DynamoDbBatches batches;
  private final String profiles;
  private final String timeline;

  public StoredHistories(DynamoDbClient dynamo) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    String prefix = DevStackExtension.stack().tablePrefix();
    this.profiles = prefix + Tables.PROFILES.name();
    this.timeline = prefix + Tables.TIMELINE.name();
  }

  /** Stores an active profile with these events. */
  public void store(String profileId, List<CustomerEvent> events) {
    setStatus(profileId, "ACTIVE");
    List<WriteRequest> writes = new ArrayList<>(events.size());
    for (CustomerEvent event : events) {
      writes.add(
          WriteRequest.builder()
              .putRequest(
                  p ->
                      p.item(
                          Map.of(
                              "profileId", AttributeValue.fromS(profileId),
                              "eventKey",
                                  AttributeValue.fromS(event.timestamp() + "#" + event.messageId()),
                              "origin", AttributeValue.fromS(profileId),
                              "event",
                                  AttributeValue.fromS(
                                      EventJson.mapper().writeValueAsString(event)))))
              .build());
    }
    batches.writeAll(timeline, writes);
  }

  /** Sets a profile's status as identity-service would on a merge or an erasure. */
  public void setStatus(String profileId, String status) {
    dynamo.updateItem(
        r ->
            r.tableName(profiles)
                .key(Map.of("profileId", AttributeValue.fromS(profileId)))
                .updateExpression("SET #status = :s, #version = if_not_exists(#version, :one)")
                .expressionAttributeNames(Map.of("#status", "status", "#version", "version"))
                .expressionAttributeValues(
                    Map.of(":s", AttributeValue.fromS(status), ":one", AttributeValue.fromN("1"))));
  }

  /** The profile item as stored. */
  public Map<String, AttributeValue> profileItem(String profileId) {
    return dynamo
        .getItem(
            r ->
                r.tableName(profiles)
                    .key(Map.of("profileId", AttributeValue.fromS(profileId)))
                    .consistentRead(true))
        .item();
  }
}
