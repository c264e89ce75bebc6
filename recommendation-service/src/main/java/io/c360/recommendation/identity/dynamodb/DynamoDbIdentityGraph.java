package io.c360.recommendation.identity.dynamodb;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.c360.common.identifier.Identifier;
import io.c360.recommendation.identity.IdentityGraph;
import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.identity.ResolvableIdentifiers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The identity projection in recommendation-service's own {@code recommendation-identity} table
 * (key {@code identifier}), two kinds of item:
 *
 * <ul>
 *   <li>a link, keyed by an identifier key ({@code userId#…}, {@code anonymousId#…}): {@code
 *       profileId} and the {@code version} of that profile's snapshot that set it;
 *   <li>a profile's state, keyed {@code profile#<profileId>}: the {@code version} of its latest
 *       applied snapshot, the identifier {@code keys} it holds, the profiles {@code merged} into
 *       it, the {@code survivor} it was merged into, and {@code erased}.
 * </ul>
 *
 * Links are conditional writes, so the projection is idempotent and order-safe: a snapshot no newer
 * than the profile's applied one, or of a merged or erased profile, changes nothing; a link is
 * replaced by the same profile's older snapshot never; a profile's snapshot drops only the links
 * that still point to it. Callers are resolved through a cache refreshed in the background (a
 * GetItem only on a miss), which this instance clears for every identifier it changes and updates
 * with every merge and erasure it sees.
 */
final class DynamoDbIdentityGraph implements IdentityGraph, ProfileResolver {

  private static final String PROFILE = "profile#";

  private final DynamoDbClient dynamo;
  private final String table;
  private final AsyncLoadingCache<String, Optional<String>> cache;

  /**
   * @param refresh after this, a cached answer is re-read in the background on its next use (the
   *     request gets the cached one at once)
   * @param expiry an answer not re-read for this long is dropped
   */
  DynamoDbIdentityGraph(
      DynamoDbClient dynamo,
      String table,
      Duration refresh,
      Duration expiry,
      long cacheSize,
      ExecutorService loader) {
    this.dynamo = dynamo;
    this.table = table;
    // asynchronous loads: a GetItem never runs inside the cache's map, so a slow one blocks only
    // the request that needs it, never the cache's maintenance or other identifiers
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(cacheSize)
            .refreshAfterWrite(refresh)
            .expireAfterWrite(expiry)
            .executor(loader)
            .buildAsync(this::read);
  }

  DynamoDbIdentityGraph(
      DynamoDbClient dynamo, String table, Duration refresh, Duration expiry, long cacheSize) {
    this(dynamo, table, refresh, expiry, cacheSize, Executors.newVirtualThreadPerTaskExecutor());
  }

  @Override
  public Optional<String> profileOf(Identifier identifier) {
    if (!ResolvableIdentifiers.TYPES.contains(identifier.type())) {
      return Optional.empty();
    }
    return cache.get(identifier.key()).join();
  }

  @Override
  public void moved(Collection<String> identifierKeys, String profileId) {
    for (String key : ResolvableIdentifiers.only(identifierKeys)) {
      cache.put(key, CompletableFuture.completedFuture(Optional.of(profileId)));
    }
  }

  @Override
  public void forget(String profileId) {
    Optional<String> erased = Optional.of(profileId);
    cache.synchronous().asMap().values().removeIf(erased::equals);
  }

  /** Forgets these keys' cached answers, so their next use reads the projection. */
  private void invalidate(Collection<String> identifierKeys) {
    cache.synchronous().invalidateAll(identifierKeys);
  }

  @Override
  public void profileChanged(
      String profileId,
      long version,
      Collection<String> identifierKeys,
      Collection<String> mergedProfileIds) {
    ProfileState state = state(profileId);
    if (state.erased || state.survivor != null || state.version >= version) {
      return; // erased, merged away, or this snapshot is stale or was applied already
    }
    for (String merged : mergedProfileIds) {
      if (!merged.equals(profileId) && !state.merged.contains(merged)) {
        mergedInto(merged, profileId);
      }
    }
    List<String> keys = ResolvableIdentifiers.only(identifierKeys);
    for (String key : keys) {
      if (!state.keys.contains(key)) { // the profile's earlier snapshot linked the others
        link(key, profileId, version);
      }
    }
    List<String> dropped = state.keys.stream().filter(k -> !keys.contains(k)).toList();
    for (String key : dropped) {
      unlink(key, profileId);
    }
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":v", number(version));
    String update = "SET #version = :v";
    if (keys.isEmpty()) {
      update += " REMOVE #keys";
    } else {
      update += ", #keys = :keys";
      values.put(":keys", AttributeValue.fromSs(keys));
    }
    conditionally(
        UpdateItemRequest.builder()
            .tableName(table)
            .key(key(PROFILE + profileId))
            .updateExpression(update)
            .conditionExpression("attribute_not_exists(#version) OR #version < :v")
            .expressionAttributeNames(Map.of("#version", "version", "#keys", "keys"))
            .expressionAttributeValues(values)
            .build());
    invalidate(keys);
    invalidate(dropped);
  }

  @Override
  public void profileDeleted(String profileId) {
    ProfileState state = state(profileId);
    for (String key : state.keys) {
      unlink(key, profileId);
    }
    update(profileId, "REMOVE #keys", Map.of("#keys", "keys"), Map.of());
    invalidate(state.keys);
  }

  @Override
  public void merged(String survivor, String merged, Collection<String> identifierKeys) {
    if (survivor.equals(merged)) {
      return;
    }
    ProfileState state = state(survivor);
    if (state.erased) {
      return;
    }
    mergedInto(merged, survivor);
    List<String> keys = ResolvableIdentifiers.only(identifierKeys);
    for (String key : keys) {
      move(key, merged, survivor, state.version);
    }
    invalidate(keys);
  }

  @Override
  public void unmerged(String profileId, String splitOff, Collection<String> identifierKeys) {
    conditionally(
        UpdateItemRequest.builder()
            .tableName(table)
            .key(key(PROFILE + splitOff))
            .updateExpression("REMOVE #survivor")
            .conditionExpression("#survivor = :s")
            .expressionAttributeNames(Map.of("#survivor", "survivor"))
            .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(profileId)))
            .build());
    update(
        profileId,
        "DELETE #merged :m",
        Map.of("#merged", "merged"),
        Map.of(":m", AttributeValue.fromSs(List.of(splitOff))));
    ProfileState state = state(splitOff);
    if (state.erased) {
      return;
    }
    List<String> keys = ResolvableIdentifiers.only(identifierKeys);
    for (String key : keys) {
      move(key, profileId, splitOff, state.version);
    }
    invalidate(keys);
  }

  @Override
  public void erased(String profileId) {
    erase(profileId, new LinkedHashSet<>());
  }

  /** Marks the profile erased first (so no snapshot links it again), then drops its links. */
  private void erase(String profileId, Set<String> done) {
    if (!done.add(profileId) || done.size() > 64) {
      return;
    }
    update(
        profileId,
        "SET #erased = :t",
        Map.of("#erased", "erased"),
        Map.of(":t", AttributeValue.fromBool(true)));
    ProfileState state = state(profileId);
    for (String merged : state.merged) {
      erase(merged, done);
    }
    for (String key : state.keys) {
      for (String owner : done) {
        unlink(key, owner);
      }
    }
    update(profileId, "REMOVE #keys", Map.of("#keys", "keys"), Map.of());
    invalidate(state.keys);
  }

  /** {@code merged} lives on as {@code survivor}: its stale snapshots are ignored from now on. */
  private void mergedInto(String merged, String survivor) {
    conditionally(
        UpdateItemRequest.builder()
            .tableName(table)
            .key(key(PROFILE + merged))
            .updateExpression("SET #survivor = :s")
            .conditionExpression("attribute_not_exists(#erased)")
            .expressionAttributeNames(Map.of("#survivor", "survivor", "#erased", "erased"))
            .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(survivor)))
            .build());
    update(
        survivor,
        "ADD #merged :m",
        Map.of("#merged", "merged"),
        Map.of(":m", AttributeValue.fromSs(List.of(merged))));
  }

  /** Links the key to the profile unless it already holds a link from a newer snapshot of it. */
  private void link(String key, String profileId, long version) {
    conditionally(
        UpdateItemRequest.builder()
            .tableName(table)
            .key(key(key))
            .updateExpression("SET #profile = :p, #version = :v")
            .conditionExpression(
                "attribute_not_exists(#profile) OR #profile <> :p OR #version < :v")
            .expressionAttributeNames(Map.of("#profile", "profileId", "#version", "version"))
            .expressionAttributeValues(
                Map.of(":p", AttributeValue.fromS(profileId), ":v", number(version)))
            .build());
  }

  /** Moves a key from one profile to another, if it is not held by a third one by now. */
  private void move(String key, String from, String to, long version) {
    conditionally(
        UpdateItemRequest.builder()
            .tableName(table)
            .key(key(key))
            .updateExpression("SET #profile = :to, #version = :v")
            .conditionExpression("attribute_not_exists(#profile) OR #profile = :from")
            .expressionAttributeNames(Map.of("#profile", "profileId", "#version", "version"))
            .expressionAttributeValues(
                Map.of(
                    ":to", AttributeValue.fromS(to),
                    ":from", AttributeValue.fromS(from),
                    ":v", number(version)))
            .build());
  }

  /** Deletes the key's link if it still points to the profile. */
  private void unlink(String key, String profileId) {
    try {
      dynamo.deleteItem(
          r ->
              r.tableName(table)
                  .key(key(key))
                  .conditionExpression("#profile = :p")
                  .expressionAttributeNames(Map.of("#profile", "profileId"))
                  .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(profileId))));
    } catch (ConditionalCheckFailedException e) {
      // held by another profile by now, or gone already
    }
  }

  private void update(
      String profileId,
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    dynamo.updateItem(
        r -> {
          r.tableName(table)
              .key(key(PROFILE + profileId))
              .updateExpression(expression)
              .expressionAttributeNames(names);
          if (!values.isEmpty()) {
            r.expressionAttributeValues(values);
          }
        });
  }

  private void conditionally(UpdateItemRequest request) {
    try {
      dynamo.updateItem(request);
    } catch (ConditionalCheckFailedException e) {
      // the condition says this change is stale or already applied
    }
  }

  private ProfileState state(String profileId) {
    GetItemResponse response =
        dynamo.getItem(r -> r.tableName(table).key(key(PROFILE + profileId)).consistentRead(true));
    if (!response.hasItem()) {
      return ProfileState.NONE;
    }
    Map<String, AttributeValue> item = response.item();
    AttributeValue version = item.get("version");
    AttributeValue survivor = item.get("survivor");
    AttributeValue erased = item.get("erased");
    return new ProfileState(
        version == null ? Long.MIN_VALUE : Long.parseLong(version.n()),
        strings(item.get("keys")),
        strings(item.get("merged")),
        survivor == null ? null : survivor.s(),
        erased != null && Boolean.TRUE.equals(erased.bool()));
  }

  private Optional<String> read(String identifierKey) {
    GetItemResponse response =
        dynamo.getItem(
            r -> r.tableName(table).key(key(identifierKey)).projectionExpression("profileId"));
    return response.hasItem() && response.item().containsKey("profileId")
        ? Optional.of(response.item().get("profileId").s())
        : Optional.empty();
  }

  private static List<String> strings(@Nullable AttributeValue value) {
    return value == null || !value.hasSs() ? List.of() : new ArrayList<>(value.ss());
  }

  private static Map<String, AttributeValue> key(String identifier) {
    return Map.of("identifier", AttributeValue.fromS(identifier));
  }

  private static AttributeValue number(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }

  /** What the projection holds of one profile. */
  private record ProfileState(
      long version,
      List<String> keys,
      List<String> merged,
      @Nullable String survivor,
      boolean erased) {
    static final ProfileState NONE =
        new ProfileState(Long.MIN_VALUE, List.of(), List.of(), null, false);
  }
}
