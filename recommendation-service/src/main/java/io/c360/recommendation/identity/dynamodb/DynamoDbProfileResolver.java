package io.c360.recommendation.identity.dynamodb;

import io.c360.common.identifier.Identifier;
import io.c360.recommendation.identity.ProfileResolver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Reads the {@code identity} table (identifier key → profileId), caching answers for a short time
 * ({@code ttl}) because apps ask on every page: a merge or a first login shows within that time.
 */
final class DynamoDbProfileResolver implements ProfileResolver {

  private record Cached(Optional<String> profileId, Instant until) {}

  private final DynamoDbClient dynamo;
  private final String table;
  private final Clock clock;
  private final Duration ttl;
  private final int maxEntries;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  DynamoDbProfileResolver(
      DynamoDbClient dynamo, String table, Clock clock, Duration ttl, int maxEntries) {
    this.dynamo = dynamo;
    this.table = table;
    this.clock = clock;
    this.ttl = ttl;
    this.maxEntries = maxEntries;
  }

  @Override
  public Optional<String> profileOf(Identifier identifier) {
    String key = identifier.key();
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.profileId();
    }
    GetItemResponse response =
        dynamo.getItem(
            r ->
                r.tableName(table)
                    .key(Map.of("identifier", AttributeValue.fromS(key)))
                    .projectionExpression("profileId"));
    Optional<String> profileId =
        response.hasItem() && response.item().containsKey("profileId")
            ? Optional.of(response.item().get("profileId").s())
            : Optional.empty();
    if (cache.size() >= maxEntries) {
      cache.clear();
    }
    cache.put(key, new Cached(profileId, now.plus(ttl)));
    return profileId;
  }
}
