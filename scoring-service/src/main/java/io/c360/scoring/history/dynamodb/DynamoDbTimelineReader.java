package io.c360.scoring.history.dynamodb;

import io.c360.common.aws.DynamoDbBatches;
import io.c360.common.event.CustomerEvent;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.TimelineReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads histories from the {@code timeline} table (one item per event, the event as JSON) and which
 * profiles are active from the {@code profiles} table. Whole-table reads are parallel scans.
 */
final class DynamoDbTimelineReader implements TimelineReader {

  private static final Logger log = LoggerFactory.getLogger(DynamoDbTimelineReader.class);
  private static final String ACTIVE = "ACTIVE";

  private final DynamoDbClient dynamo;
  private final String profilesTable;
  private final String timelineTable;
  private final JsonMapper json;
  private final DynamoDbBatches batches;
  private final int scanSegments;

  DynamoDbTimelineReader(
      DynamoDbClient dynamo,
      String profilesTable,
      String timelineTable,
      JsonMapper json,
      int scanSegments) {
    this.dynamo = dynamo;
    this.profilesTable = profilesTable;
    this.timelineTable = timelineTable;
    this.json = json;
    this.scanSegments = scanSegments;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
  }

  @Override
  public Map<String, CustomerHistory> histories(Collection<String> profileIds) {
    Set<String> active = activeAmong(profileIds);
    Map<String, CustomerHistory> histories = new LinkedHashMap<>();
    for (String profileId : active) {
      List<HistoryEvent> events = new ArrayList<>();
      for (Map<String, AttributeValue> item :
          batches.queryAll(timelineTable, "profileId", profileId)) {
        HistoryEvent event = event(item);
        if (event != null) {
          events.add(event);
        }
      }
      histories.put(profileId, new CustomerHistory(profileId, events));
    }
    return histories;
  }

  @Override
  public List<CustomerHistory> allActive() {
    Set<String> active = ConcurrentHashMap.newKeySet();
    scan(
        profilesTable,
        "profileId, #status",
        Map.of("#status", "status"),
        item -> {
          AttributeValue status = item.get("status");
          if (status != null && ACTIVE.equals(status.s())) {
            active.add(item.get("profileId").s());
          }
        });
    Map<String, List<HistoryEvent>> events = new ConcurrentHashMap<>();
    scan(
        timelineTable,
        null,
        Map.of(),
        item -> {
          String profileId = item.get("profileId").s();
          if (active.contains(profileId)) {
            HistoryEvent event = event(item);
            if (event != null) {
              events
                  .computeIfAbsent(profileId, id -> Collections.synchronizedList(new ArrayList<>()))
                  .add(event);
            }
          }
        });
    List<CustomerHistory> histories = new ArrayList<>(active.size());
    for (String profileId : active) {
      histories.add(new CustomerHistory(profileId, events.getOrDefault(profileId, List.of())));
    }
    histories.sort(Comparator.comparing(CustomerHistory::profileId));
    return histories;
  }

  private Set<String> activeAmong(Collection<String> profileIds) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (String id : new LinkedHashSet<>(profileIds)) {
      keys.add(Map.of("profileId", AttributeValue.fromS(id)));
    }
    Set<String> active = new HashSet<>();
    for (Map<String, AttributeValue> item :
        batches.getAll(profilesTable, keys, "profileId, #status", Map.of("#status", "status"))) {
      AttributeValue status = item.get("status");
      if (status != null && ACTIVE.equals(status.s())) {
        active.add(item.get("profileId").s());
      }
    }
    Set<String> ordered = new LinkedHashSet<>();
    profileIds.forEach(
        id -> {
          if (active.contains(id)) {
            ordered.add(id);
          }
        });
    return ordered;
  }

  /**
   * Hands every item of a whole table to {@code sink} (from several threads), read by {@code
   * scanSegments} parallel segments.
   */
  private void scan(
      String table,
      @Nullable String projection,
      Map<String, String> names,
      Consumer<Map<String, AttributeValue>> sink) {
    IntStream.range(0, scanSegments)
        .parallel()
        .forEach(
            segment ->
                dynamo
                    .scanPaginator(
                        r -> {
                          r.tableName(table).segment(segment).totalSegments(scanSegments);
                          if (projection != null) {
                            r.projectionExpression(projection).expressionAttributeNames(names);
                          }
                        })
                    .items()
                    .forEach(sink));
  }

  private @Nullable HistoryEvent event(Map<String, AttributeValue> item) {
    AttributeValue value = item.get("event");
    if (value == null || value.s() == null) {
      return null;
    }
    try {
      return HistoryEvent.of(json.readValue(value.s(), CustomerEvent.class));
    } catch (RuntimeException e) {
      log.warn(
          "skipping an unreadable timeline item {} of {}: {}",
          item.get("eventKey"),
          item.get("profileId"),
          e.getMessage());
      return null;
    }
  }
}
