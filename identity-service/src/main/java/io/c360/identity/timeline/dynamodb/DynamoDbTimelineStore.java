package io.c360.identity.timeline.dynamodb;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.timeline.TimelineEntry;
import io.c360.identity.timeline.TimelinePage;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.aws.DynamoDbBatches;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code timeline} table: {@code profileId} + {@code eventKey}, the event as JSON in {@code
 * event} and the profile it was first resolved to in {@code origin}. Writes go in BatchWriteItem
 * requests of 25, reads in BatchGetItem requests of 100; unprocessed items are retried.
 */
final class DynamoDbTimelineStore implements TimelineStore {

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;
  private final Timer timer;
  private final DynamoDbBatches batches;

  DynamoDbTimelineStore(
      DynamoDbClient dynamo, String table, JsonMapper json, MeterRegistry meters) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
    this.timer =
        Timer.builder("c360.identity.store")
            .description("time spent in DynamoDB calls of the identity graph and profiles")
            .tag("table", "timeline")
            .register(meters);
    this.batches = new DynamoDbBatches(dynamo, timer::record);
  }

  @Override
  public Map<ProfileId, Set<String>> existingKeys(
      Map<ProfileId, ? extends Collection<String>> eventKeys) {
    List<Map<String, AttributeValue>> all = new ArrayList<>();
    eventKeys.forEach((profileId, keys) -> keys.forEach(k -> all.add(key(profileId, k))));
    Map<ProfileId, Set<String>> found = new java.util.HashMap<>();
    for (Map<String, AttributeValue> item : batches.getAll(table, all, "profileId, eventKey")) {
      found
          .computeIfAbsent(ProfileId.of(item.get("profileId").s()), p -> new HashSet<>())
          .add(item.get("eventKey").s());
    }
    return found;
  }

  @Override
  public void append(Collection<TimelineEntry> entries) {
    List<WriteRequest> writes = new ArrayList<>(entries.size());
    for (TimelineEntry entry : entries) {
      writes.add(WriteRequest.builder().putRequest(p -> p.item(item(entry))).build());
    }
    writeAll(writes);
  }

  @Override
  public TimelinePage page(
      ProfileId profileId, Instant from, Instant to, int limit, @Nullable String after) {
    String lower = after != null ? after : TimelineEntry.timeKey(from);
    String upper = TimelineEntry.timeKey(to);
    List<TimelineEntry> entries = new ArrayList<>();
    Map<String, AttributeValue> start = null;
    boolean more;
    do {
      Map<String, AttributeValue> exclusiveStart = start;
      int remaining = limit + 1 - entries.size();
      QueryResponse page =
          timed(
              () ->
                  dynamo.query(
                      r -> {
                        r.tableName(table)
                            .keyConditionExpression(
                                "profileId = :p AND eventKey BETWEEN :lower AND :upper")
                            .expressionAttributeValues(
                                Map.of(
                                    ":p", AttributeValue.fromS(profileId.value()),
                                    ":lower", AttributeValue.fromS(lower),
                                    ":upper", AttributeValue.fromS(upper)))
                            .limit(remaining)
                            .consistentRead(true);
                        if (exclusiveStart != null) {
                          r.exclusiveStartKey(exclusiveStart);
                        }
                      }));
      for (Map<String, AttributeValue> item : page.items()) {
        String key = item.get("eventKey").s();
        // BETWEEN is inclusive: skip the cursor itself and anything at the exclusive upper bound
        if (key.equals(after) || key.compareTo(upper) >= 0) {
          continue;
        }
        entries.add(entry(item));
      }
      start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
      more = start != null && entries.size() <= limit;
    } while (more);
    if (entries.size() > limit) {
      List<TimelineEntry> first = entries.subList(0, limit);
      return new TimelinePage(first, first.getLast().eventKey());
    }
    return new TimelinePage(entries, null);
  }

  @Override
  public List<TimelineEntry> all(ProfileId profileId) {
    return batches.queryAll(table, "profileId", profileId.value()).stream()
        .map(this::entry)
        .toList();
  }

  @Override
  public void move(Collection<TimelineEntry> entries, ProfileId to) {
    append(entries.stream().map(e -> e.movedTo(to)).toList());
    List<WriteRequest> deletes = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      deletes.add(
          WriteRequest.builder()
              .deleteRequest(d -> d.key(key(entry.profileId(), entry.eventKey())))
              .build());
    }
    writeAll(deletes);
  }

  @Override
  public int deleteAll(ProfileId profileId) {
    List<TimelineEntry> entries = all(profileId);
    List<WriteRequest> deletes = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      deletes.add(
          WriteRequest.builder()
              .deleteRequest(d -> d.key(key(profileId, entry.eventKey())))
              .build());
    }
    writeAll(deletes);
    return entries.size();
  }

  private void writeAll(List<WriteRequest> writes) {
    batches.writeAll(table, writes);
  }

  private Map<String, AttributeValue> item(TimelineEntry entry) {
    return Map.of(
        "profileId", AttributeValue.fromS(entry.profileId().value()),
        "eventKey", AttributeValue.fromS(entry.eventKey()),
        "origin", AttributeValue.fromS(entry.origin().value()),
        "event", AttributeValue.fromS(json.writeValueAsString(entry.event())));
  }

  private TimelineEntry entry(Map<String, AttributeValue> item) {
    return new TimelineEntry(
        ProfileId.of(item.get("profileId").s()),
        item.get("eventKey").s(),
        ProfileId.of(item.get("origin").s()),
        json.readValue(item.get("event").s(), CustomerEvent.class));
  }

  private static Map<String, AttributeValue> key(ProfileId profileId, String eventKey) {
    return Map.of(
        "profileId", AttributeValue.fromS(profileId.value()),
        "eventKey", AttributeValue.fromS(eventKey));
  }

  private <T> T timed(Supplier<T> call) {
    return timer.record(call);
  }
}
