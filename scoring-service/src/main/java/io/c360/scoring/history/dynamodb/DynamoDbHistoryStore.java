package io.c360.scoring.history.dynamodb;

import io.c360.platform.aws.DynamoDbBatches;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.HistoryEntry;
import io.c360.scoring.history.HistoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The history projection in {@code scoring-history} (pk {@code profileId}, sk {@code entryKey}):
 *
 * <ul>
 *   <li>one small item per event, {@code e#<epoch millis, 13 digits>#<messageId>}, holding only
 *       what features read ({@link HistoryItems}); the key makes a redelivered event overwrite
 *       itself, and a Query returns a profile's events in time order;
 *   <li>one {@code state} item per profile that is not simply active: {@code status} {@code MERGED}
 *       with {@code mergedInto}, or {@code ERASED}; and {@code members}, the profiles merged into
 *       it. A merged profile's events stay under its own id and are read with its survivor's, so an
 *       unmerge gives them back by removing the link.
 * </ul>
 *
 * An erasure writes the {@code ERASED} state first and deletes the events after; {@link #append}
 * checks the states after writing and deletes what it wrote for an erased profile, so an event
 * delivered late never outlives the erasure. Public for the scoring benchmark, which measures it;
 * the service wires it in {@link DynamoDbHistoryConfiguration}.
 */
public final class DynamoDbHistoryStore implements HistoryStore {

  static final String STATE = "state";
  static final String MERGED = "MERGED";
  static final String ERASED = "ERASED";
  private static final int SCAN_SEGMENTS = 4;

  private final DynamoDbClient dynamo;
  private final DynamoDbBatches batches;
  private final String table;
  private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore slots = new Semaphore(16);

  public DynamoDbHistoryStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.table = table;
  }

  @Override
  public Set<String> append(List<HistoryEntry> entries) {
    Map<String, Map<String, AttributeValue>> items = new LinkedHashMap<>();
    for (HistoryEntry entry : entries) {
      Map<String, AttributeValue> item = HistoryItems.item(entry);
      items.put(entry.profileId() + "\n" + item.get("entryKey").s(), item);
    }
    if (items.isEmpty()) {
      return Set.of();
    }
    batches.writeAll(
        table,
        items.values().stream()
            .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build())
            .toList());
    Set<String> profiles = new LinkedHashSet<>();
    items.values().forEach(item -> profiles.add(item.get("profileId").s()));
    Set<String> erased = withStatus(profiles, ERASED);
    if (!erased.isEmpty()) {
      batches.writeAll(
          table,
          items.values().stream()
              .filter(item -> erased.contains(item.get("profileId").s()))
              .map(item -> delete(item.get("profileId").s(), item.get("entryKey").s()))
              .toList());
      profiles.removeAll(erased);
    }
    return profiles;
  }

  @Override
  public void merge(String survivor, String merged) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(merged, STATE))
                  .updateExpression("SET #status = :merged, mergedInto = :survivor")
                  .conditionExpression("attribute_not_exists(#status) OR #status <> :erased")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(
                          ":merged", AttributeValue.fromS(MERGED),
                          ":erased", AttributeValue.fromS(ERASED),
                          ":survivor", AttributeValue.fromS(survivor))));
    } catch (ConditionalCheckFailedException e) {
      return; // erased before the merge record arrived: nothing of it is read with the survivor
    }
    dynamo.updateItem(
        r ->
            r.tableName(table)
                .key(key(survivor, STATE))
                .updateExpression("ADD members :merged")
                .expressionAttributeValues(
                    Map.of(":merged", AttributeValue.fromSs(List.of(merged)))));
  }

  @Override
  public void unmerge(String survivor, String restored) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(restored, STATE))
                  .updateExpression("REMOVE #status, mergedInto")
                  .conditionExpression("#status = :merged AND mergedInto = :survivor")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(
                      Map.of(
                          ":merged", AttributeValue.fromS(MERGED),
                          ":survivor", AttributeValue.fromS(survivor))));
    } catch (ConditionalCheckFailedException e) {
      // restored already (a redelivery), or erased meanwhile: nothing to give back
    }
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(survivor, STATE))
                  .updateExpression("DELETE members :restored")
                  .conditionExpression("attribute_exists(profileId)")
                  .expressionAttributeValues(
                      Map.of(":restored", AttributeValue.fromSs(List.of(restored)))));
    } catch (ConditionalCheckFailedException e) {
      // the survivor has no state (never merged here): nothing to unlink
    }
  }

  @Override
  public Set<String> erase(String profileId) {
    Set<String> erased = new LinkedHashSet<>();
    List<String> pending = new ArrayList<>(List.of(profileId));
    while (!pending.isEmpty()) {
      String id = pending.removeLast();
      if (!erased.add(id)) {
        continue;
      }
      var state = dynamo.getItem(r -> r.tableName(table).key(key(id, STATE)).consistentRead(true));
      if (state.hasItem() && state.item().containsKey("members")) {
        pending.addAll(state.item().get("members").ss());
      }
      dynamo.putItem(
          r ->
              r.tableName(table)
                  .item(
                      Map.of(
                          "profileId", AttributeValue.fromS(id),
                          "entryKey", AttributeValue.fromS(STATE),
                          "status", AttributeValue.fromS(ERASED))));
      List<WriteRequest> deletes = new ArrayList<>();
      for (Map<String, AttributeValue> item : query(id)) {
        String entryKey = item.get("entryKey").s();
        if (!entryKey.equals(STATE)) {
          deletes.add(delete(id, entryKey));
        }
      }
      batches.writeAll(table, deletes);
    }
    return erased;
  }

  @Override
  public Map<String, CustomerHistory> histories(Collection<String> profileIds) {
    Map<String, Future<CustomerHistory>> reads = new LinkedHashMap<>();
    for (String profileId : new LinkedHashSet<>(profileIds)) {
      reads.put(profileId, readers.submit(() -> limited(() -> history(profileId))));
    }
    Map<String, CustomerHistory> found = new LinkedHashMap<>();
    for (var read : reads.entrySet()) {
      CustomerHistory history = await(read.getValue());
      if (history != null) {
        found.put(read.getKey(), history);
      }
    }
    return found;
  }

  /** The profile's events and those of its members, or null when it is not active or empty. */
  private @Nullable CustomerHistory history(String profileId) {
    List<HistoryEvent> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> pending = new ArrayList<>(List.of(profileId));
    while (!pending.isEmpty()) {
      String id = pending.removeLast();
      if (!seen.add(id)) {
        continue;
      }
      for (Map<String, AttributeValue> item : query(id)) {
        if (STATE.equals(item.get("entryKey").s())) {
          AttributeValue status = item.get("status");
          if (id.equals(profileId) && status != null) {
            return null; // merged into another, or erased
          }
          if (item.containsKey("members")) {
            pending.addAll(item.get("members").ss());
          }
        } else {
          events.add(HistoryItems.event(item));
        }
      }
    }
    return events.isEmpty() ? null : new CustomerHistory(profileId, events);
  }

  @Override
  public List<CustomerHistory> allActive() {
    Map<String, List<HistoryEvent>> events = new ConcurrentHashMap<>();
    Map<String, Map<String, AttributeValue>> states = new ConcurrentHashMap<>();
    List<Future<?>> segments = new ArrayList<>();
    for (int segment = 0; segment < SCAN_SEGMENTS; segment++) {
      int s = segment;
      segments.add(
          readers.submit(
              () -> {
                Map<String, List<HistoryEvent>> mine = new HashMap<>();
                dynamo
                    .scanPaginator(
                        r ->
                            r.tableName(table)
                                .segment(s)
                                .totalSegments(SCAN_SEGMENTS)
                                .consistentRead(true))
                    .items()
                    .forEach(
                        item -> {
                          String id = item.get("profileId").s();
                          if (STATE.equals(item.get("entryKey").s())) {
                            states.put(id, item);
                          } else {
                            mine.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(HistoryItems.event(item));
                          }
                        });
                events.putAll(mine);
              }));
    }
    segments.forEach(DynamoDbHistoryStore::await);
    Map<String, List<HistoryEvent>> byRoot = new LinkedHashMap<>();
    for (var entry : events.entrySet()) {
      String root = root(entry.getKey(), states);
      if (root != null) {
        byRoot.computeIfAbsent(root, k -> new ArrayList<>()).addAll(entry.getValue());
      }
    }
    List<CustomerHistory> histories = new ArrayList<>(byRoot.size());
    byRoot.forEach((id, list) -> histories.add(new CustomerHistory(id, list)));
    return histories;
  }

  /** The active profile whose history includes {@code profileId}'s, or null (erased, a loop). */
  private static @Nullable String root(
      String profileId, Map<String, Map<String, AttributeValue>> states) {
    String id = profileId;
    Set<String> seen = new HashSet<>();
    while (seen.add(id)) {
      Map<String, AttributeValue> state = states.get(id);
      AttributeValue status = state == null ? null : state.get("status");
      if (status == null) {
        return id;
      }
      if (!MERGED.equals(status.s()) || !state.containsKey("mergedInto")) {
        return null;
      }
      id = state.get("mergedInto").s();
    }
    return null;
  }

  private Set<String> withStatus(Set<String> profiles, String status) {
    List<Map<String, AttributeValue>> keys = profiles.stream().map(id -> key(id, STATE)).toList();
    Set<String> found = new HashSet<>();
    for (var item :
        batches.getAll(table, keys, "profileId, #status", Map.of("#status", "status"))) {
      AttributeValue value = item.get("status");
      if (value != null && status.equals(value.s())) {
        found.add(item.get("profileId").s());
      }
    }
    return found;
  }

  private List<Map<String, AttributeValue>> query(String profileId) {
    return batches.queryAll(table, "profileId", profileId);
  }

  private <T> T limited(Supplier<T> read) {
    slots.acquireUninterruptibly();
    try {
      return read.get();
    } finally {
      slots.release();
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading histories", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    }
  }

  private static WriteRequest delete(String profileId, String entryKey) {
    return WriteRequest.builder().deleteRequest(d -> d.key(key(profileId, entryKey))).build();
  }

  static Map<String, AttributeValue> key(String profileId, String entryKey) {
    return Map.of(
        "profileId", AttributeValue.fromS(profileId), "entryKey", AttributeValue.fromS(entryKey));
  }
}
