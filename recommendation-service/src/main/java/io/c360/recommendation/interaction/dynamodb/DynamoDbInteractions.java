package io.c360.recommendation.interaction.dynamodb;

import io.c360.platform.aws.DynamoDbBatches;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.interaction.InteractionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The interaction projection in recommendation-service's own {@code recommendation-interactions}
 * table (profileId + interactionKey). Under a profile:
 *
 * <ul>
 *   <li>{@code i#<messageId>}: one interaction (sku, category, kind, at, and the {@code origin}
 *       profile its event was resolved to); the purchases of one order carry the order event's
 *       messageId and their line, so a redelivered event overwrites itself;
 *   <li>{@code merged-into}: the profile was merged into {@code survivor}; interactions that still
 *       arrive for it are recorded under the survivor, and any left under it are read as the
 *       survivor's;
 *   <li>{@code merged#<profileId>}: that profile was merged into this one (so an erasure finds it);
 *   <li>{@code erased}: the profile was erased: nothing is recorded or read for it again.
 * </ul>
 */
final class DynamoDbInteractions implements InteractionStore, InteractionHistory {

  private static final String INTERACTION = "i#";
  private static final String MERGED_INTO = "merged-into";
  private static final String MERGED = "merged#";
  private static final String ERASED = "erased";
  private static final int MAX_HOPS = 16;

  private final DynamoDbClient dynamo;
  private final DynamoDbBatches batches;
  private final String table;
  private final int scanSegments;

  DynamoDbInteractions(DynamoDbClient dynamo, String table, int scanSegments) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.table = table;
    this.scanSegments = scanSegments;
  }

  @Override
  public void record(List<Interaction> interactions) {
    if (interactions.isEmpty()) {
      return;
    }
    Map<String, String> owners = owners(interactions.stream().map(Interaction::profileId).toList());
    Map<String, WriteRequest> puts = new LinkedHashMap<>();
    for (Interaction interaction : interactions) {
      String owner = owners.get(interaction.profileId());
      if (owner != null) {
        String key = INTERACTION + interaction.messageId();
        puts.put(owner + "\n" + key, put(item(owner, key, interaction, interaction.profileId())));
      }
    }
    batches.writeAll(table, List.copyOf(puts.values()));
    // a merge or erasure that read a profile's interactions before these were written has marked
    // it by now: hand them on as it would have
    Set<String> written = new HashSet<>(owners.values());
    Map<String, String> now = owners(written);
    for (String owner : written) {
      String current = now.get(owner);
      if (current == null) {
        erase(owner, new HashSet<>());
      } else if (!current.equals(owner)) {
        move(owner, current, item -> true);
      }
    }
  }

  @Override
  public void merged(String survivor, String merged) {
    if (survivor.equals(merged)) {
      return;
    }
    String owner = owners(List.of(survivor)).get(survivor);
    if (owner == null || owner.equals(merged)) {
      return; // the survivor was erased (or this would close a loop)
    }
    // the pointer first: what arrives for the merged profile from now on goes to the survivor
    batches.writeAll(
        table,
        List.of(
            put(marker(merged, MERGED_INTO, Map.of("survivor", AttributeValue.fromS(survivor)))),
            put(marker(survivor, MERGED + merged, Map.of()))));
    move(merged, owner, item -> true);
  }

  @Override
  public void unmerged(String profileId, String splitOff) {
    try {
      dynamo.deleteItem(
          r ->
              r.tableName(table)
                  .key(key(splitOff, MERGED_INTO))
                  .conditionExpression("survivor = :s")
                  .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(profileId))));
    } catch (ConditionalCheckFailedException e) {
      // not (or no longer) merged into this profile
    }
    batches.writeAll(table, List.of(delete(profileId, MERGED + splitOff)));
    if (owners(List.of(splitOff)).get(splitOff) == null) {
      return; // erased meanwhile
    }
    move(profileId, splitOff, item -> splitOff.equals(text(item.get("origin"))));
  }

  @Override
  public void erased(String profileId) {
    erase(profileId, new HashSet<>());
  }

  /** Marks the profile erased first (so nothing is recorded for it again), then deletes. */
  private void erase(String profileId, Set<String> done) {
    if (!done.add(profileId) || done.size() > 64) {
      return;
    }
    batches.writeAll(table, List.of(put(marker(profileId, ERASED, Map.of()))));
    List<WriteRequest> deletes = new ArrayList<>();
    for (Map<String, AttributeValue> item : batches.queryAll(table, "profileId", profileId)) {
      String key = item.get("interactionKey").s();
      if (key.startsWith(MERGED)) {
        erase(key.substring(MERGED.length()), done);
      } else if (key.startsWith(INTERACTION)) {
        deletes.add(delete(profileId, key));
      }
    }
    batches.writeAll(table, deletes);
  }

  /** Moves the profile's interactions that {@code which} selects to {@code to}. */
  private void move(
      String from, String to, java.util.function.Predicate<Map<String, AttributeValue>> which) {
    List<WriteRequest> puts = new ArrayList<>();
    List<WriteRequest> deletes = new ArrayList<>();
    for (Map<String, AttributeValue> item : batches.queryAll(table, "profileId", from)) {
      String key = item.get("interactionKey").s();
      if (key.startsWith(INTERACTION) && which.test(item)) {
        Map<String, AttributeValue> moved = new HashMap<>(item);
        moved.put("profileId", AttributeValue.fromS(to));
        puts.add(put(moved));
        deletes.add(delete(from, key));
      }
    }
    batches.writeAll(table, puts); // copies before deletes: a crash between them loses nothing
    batches.writeAll(table, deletes);
  }

  /**
   * The profile that holds each profile's interactions now (following merges), absent for an erased
   * one (or one merged into an erased one).
   */
  private Map<String, String> owners(Collection<String> profileIds) {
    Map<String, String> current = new HashMap<>();
    new LinkedHashSet<>(profileIds).forEach(p -> current.put(p, p));
    Map<String, String> owners = new HashMap<>();
    Set<String> open = new HashSet<>(current.keySet());
    for (int hop = 0; hop < MAX_HOPS && !open.isEmpty(); hop++) {
      Set<String> asked = new HashSet<>();
      open.forEach(p -> asked.add(current.get(p)));
      Map<String, String> survivors = new HashMap<>();
      Set<String> erased = new HashSet<>();
      List<Map<String, AttributeValue>> keys = new ArrayList<>();
      for (String profile : asked) {
        keys.add(key(profile, MERGED_INTO));
        keys.add(key(profile, ERASED));
      }
      for (Map<String, AttributeValue> item : batches.getAll(table, keys, null)) {
        String profile = item.get("profileId").s();
        if (ERASED.equals(item.get("interactionKey").s())) {
          erased.add(profile);
        } else {
          survivors.put(profile, item.get("survivor").s());
        }
      }
      Set<String> next = new HashSet<>();
      for (String profile : open) {
        String at = current.get(profile);
        if (erased.contains(at)) {
          continue;
        }
        String survivor = survivors.get(at);
        if (survivor == null) {
          owners.put(profile, at);
        } else {
          current.put(profile, survivor);
          next.add(profile);
        }
      }
      open = next;
    }
    open.forEach(p -> owners.put(p, current.get(p))); // a chain longer than MAX_HOPS
    return owners;
  }

  @Override
  public List<Interaction> all() {
    Map<String, List<Map<String, AttributeValue>>> byProfile = new HashMap<>();
    Map<String, String> survivors = new HashMap<>();
    Set<String> erased = new HashSet<>();
    scan(
        item -> {
          String profile = item.get("profileId").s();
          String key = item.get("interactionKey").s();
          if (key.startsWith(INTERACTION)) {
            byProfile.computeIfAbsent(profile, p -> new ArrayList<>()).add(item);
          } else if (key.equals(MERGED_INTO)) {
            survivors.put(profile, item.get("survivor").s());
          } else if (key.equals(ERASED)) {
            erased.add(profile);
          }
        });
    List<Interaction> interactions = new ArrayList<>();
    byProfile.forEach(
        (profile, items) -> {
          String owner = owner(profile, survivors, erased);
          if (owner != null) {
            items.forEach(item -> interactions.add(interaction(owner, item)));
          }
        });
    return interactions;
  }

  private static @Nullable String owner(
      String profile, Map<String, String> survivors, Set<String> erased) {
    String current = profile;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      if (erased.contains(current)) {
        return null;
      }
      String next = survivors.get(current);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** Every item of the table, read by {@code scanSegments} parallel segments. */
  private void scan(java.util.function.Consumer<Map<String, AttributeValue>> each) {
    List<List<Map<String, AttributeValue>>> segments =
        java.util.stream.IntStream.range(0, scanSegments)
            .parallel()
            .mapToObj(
                segment ->
                    dynamo
                        .scanPaginator(
                            r ->
                                r.tableName(table)
                                    .segment(segment)
                                    .totalSegments(scanSegments)
                                    .consistentRead(true))
                        .items()
                        .stream()
                        .toList())
            .toList();
    segments.forEach(items -> items.forEach(each));
  }

  private static Map<String, AttributeValue> item(
      String owner, String key, Interaction interaction, String origin) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("profileId", AttributeValue.fromS(owner));
    item.put("interactionKey", AttributeValue.fromS(key));
    item.put("sku", AttributeValue.fromS(interaction.sku()));
    if (interaction.category() != null) {
      item.put("category", AttributeValue.fromS(interaction.category()));
    }
    item.put("kind", AttributeValue.fromS(interaction.kind().name()));
    item.put("at", AttributeValue.fromS(interaction.at().toString()));
    item.put("origin", AttributeValue.fromS(origin));
    return item;
  }

  private static Interaction interaction(String owner, Map<String, AttributeValue> item) {
    return new Interaction(
        owner,
        item.get("sku").s(),
        text(item.get("category")),
        Interaction.Kind.valueOf(item.get("kind").s()),
        Instant.parse(item.get("at").s()),
        item.get("interactionKey").s().substring(INTERACTION.length()));
  }

  private static Map<String, AttributeValue> marker(
      String profileId, String key, Map<String, AttributeValue> attributes) {
    Map<String, AttributeValue> item = new HashMap<>(attributes);
    item.putAll(key(profileId, key));
    return item;
  }

  private static Map<String, AttributeValue> key(String profileId, String interactionKey) {
    return Map.of(
        "profileId",
        AttributeValue.fromS(profileId),
        "interactionKey",
        AttributeValue.fromS(interactionKey));
  }

  private static WriteRequest put(Map<String, AttributeValue> item) {
    return WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build();
  }

  private static WriteRequest delete(String profileId, String interactionKey) {
    return WriteRequest.builder()
        .deleteRequest(DeleteRequest.builder().key(key(profileId, interactionKey)).build())
        .build();
  }

  private static @Nullable String text(@Nullable AttributeValue value) {
    return value == null ? null : value.s();
  }
}
