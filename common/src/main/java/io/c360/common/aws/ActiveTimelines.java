package io.c360.common.aws;

import io.c360.common.event.CustomerEvent;
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
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the timelines of active profiles from identity-service's tables, for the services that
 * learn from them: which profiles are {@code ACTIVE} (a parallel scan of the profiles table's keys
 * and status, or a batch read of given ids), then each profile's events by a Query of its timeline
 * partition, {@code parallelReads} at a time — reads by key, which DynamoDB (and DynamoDB Local)
 * serve from the index, unlike a scan of the whole timeline. An unreadable timeline item is skipped
 * with a warning.
 */
public final class ActiveTimelines {

  private static final Logger log = LoggerFactory.getLogger(ActiveTimelines.class);
  private static final String ACTIVE = "ACTIVE";
  private static final int SCAN_SEGMENTS = 2;

  private final DynamoDbClient dynamo;
  private final String profilesTable;
  private final String timelineTable;
  private final JsonMapper json;
  private final DynamoDbBatches batches;
  private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore slots;

  public ActiveTimelines(
      DynamoDbClient dynamo,
      String profilesTable,
      String timelineTable,
      JsonMapper json,
      int parallelReads) {
    this.dynamo = dynamo;
    this.profilesTable = profilesTable;
    this.timelineTable = timelineTable;
    this.json = json;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.slots = new Semaphore(parallelReads);
  }

  /** Every active profile's id, sorted. */
  public List<String> activeProfiles() {
    Set<String> active = ConcurrentHashMap.newKeySet();
    IntStream.range(0, SCAN_SEGMENTS)
        .parallel()
        .forEach(
            segment ->
                dynamo
                    .scanPaginator(
                        r ->
                            r.tableName(profilesTable)
                                .segment(segment)
                                .totalSegments(SCAN_SEGMENTS)
                                .projectionExpression("profileId, #status")
                                .expressionAttributeNames(Map.of("#status", "status")))
                    .items()
                    .forEach(
                        item -> {
                          if (isActive(item)) {
                            active.add(item.get("profileId").s());
                          }
                        }));
    List<String> ordered = new ArrayList<>(active);
    Collections.sort(ordered);
    return ordered;
  }

  /** The given profiles that are active, in the order given. */
  public List<String> activeAmong(Collection<String> profileIds) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (String id : new LinkedHashSet<>(profileIds)) {
      keys.add(Map.of("profileId", AttributeValue.fromS(id)));
    }
    Set<String> active = new HashSet<>();
    for (Map<String, AttributeValue> item :
        batches.getAll(profilesTable, keys, "profileId, #status", Map.of("#status", "status"))) {
      if (isActive(item)) {
        active.add(item.get("profileId").s());
      }
    }
    return new LinkedHashSet<>(profileIds).stream().filter(active::contains).toList();
  }

  /**
   * Each profile's events (oldest first), turned by {@code convert} into what the caller keeps, so
   * whole events are never held for every profile at once; in the order of {@code profileIds}.
   */
  public <T> Map<String, T> read(
      Collection<String> profileIds, BiFunction<String, List<CustomerEvent>, T> convert) {
    Map<String, Future<T>> futures = new LinkedHashMap<>();
    for (String profileId : profileIds) {
      futures.put(
          profileId,
          readers.submit(
              () -> {
                slots.acquireUninterruptibly();
                try {
                  return convert.apply(profileId, events(profileId));
                } finally {
                  slots.release();
                }
              }));
    }
    Map<String, T> results = new LinkedHashMap<>();
    for (var entry : futures.entrySet()) {
      try {
        results.put(entry.getKey(), entry.getValue().get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading timelines", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
    }
    return results;
  }

  private List<CustomerEvent> events(String profileId) {
    List<CustomerEvent> events = new ArrayList<>();
    for (Map<String, AttributeValue> item :
        batches.queryAll(timelineTable, "profileId", profileId)) {
      CustomerEvent event = event(item);
      if (event != null) {
        events.add(event);
      }
    }
    return events;
  }

  private @Nullable CustomerEvent event(Map<String, AttributeValue> item) {
    AttributeValue value = item.get("event");
    if (value == null || value.s() == null) {
      return null;
    }
    try {
      return json.readValue(value.s(), CustomerEvent.class);
    } catch (RuntimeException e) {
      log.warn(
          "skipping an unreadable timeline item {} of {}: {}",
          item.get("eventKey"),
          item.get("profileId"),
          e.getMessage());
      return null;
    }
  }

  private static boolean isActive(Map<String, AttributeValue> item) {
    AttributeValue status = item.get("status");
    return status != null && ACTIVE.equals(status.s());
  }
}
