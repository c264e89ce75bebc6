package io.c360.scoring.history.dynamodb;

import io.c360.common.aws.DynamoDbBatches;
import io.c360.common.event.CustomerEvent;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.TimelineReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
 * profiles are active from the {@code profiles} table (a parallel scan of its keys and status).
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
  private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore slots;

  DynamoDbTimelineReader(
      DynamoDbClient dynamo,
      String profilesTable,
      String timelineTable,
      JsonMapper json,
      int scanSegments,
      int parallelReads) {
    this.dynamo = dynamo;
    this.profilesTable = profilesTable;
    this.timelineTable = timelineTable;
    this.json = json;
    this.scanSegments = scanSegments;
    this.slots = new Semaphore(parallelReads);
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
  }

  @Override
  public Map<String, CustomerHistory> histories(Collection<String> profileIds) {
    return read(activeAmong(profileIds));
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
    List<String> ordered = new ArrayList<>(active);
    Collections.sort(ordered);
    return new ArrayList<>(read(ordered).values());
  }

  /**
   * Each profile's timeline by a Query of its partition, {@code parallelReads} at a time: a read by
   * key, which DynamoDB (and DynamoDB Local) serve from the index, unlike a scan of the whole
   * timeline.
   */
  private Map<String, CustomerHistory> read(Collection<String> profileIds) {
    Map<String, Future<CustomerHistory>> futures = new LinkedHashMap<>();
    for (String profileId : profileIds) {
      futures.put(
          profileId,
          readers.submit(
              () -> {
                slots.acquireUninterruptibly();
                try {
                  return new CustomerHistory(profileId, events(profileId));
                } finally {
                  slots.release();
                }
              }));
    }
    Map<String, CustomerHistory> histories = new LinkedHashMap<>();
    for (var entry : futures.entrySet()) {
      try {
        histories.put(entry.getKey(), entry.getValue().get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading timelines", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
    }
    return histories;
  }

  private List<HistoryEvent> events(String profileId) {
    List<HistoryEvent> events = new ArrayList<>();
    for (Map<String, AttributeValue> item :
        batches.queryAll(timelineTable, "profileId", profileId)) {
      HistoryEvent event = event(item);
      if (event != null) {
        events.add(event);
      }
    }
    return events;
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
