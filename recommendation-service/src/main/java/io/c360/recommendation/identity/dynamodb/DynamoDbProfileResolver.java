package io.c360.recommendation.identity.dynamodb;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.c360.common.identifier.Identifier;
import io.c360.recommendation.identity.ProfileResolver;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Reads the {@code identity} table (identifier key → profileId) through a bounded cache, because
 * apps ask on every page. A known identifier is kept up to {@code expiry} and, after {@code
 * refresh}, re-read in the background while requests still get the cached answer at once; an
 * unknown one is kept only {@code unknownExpiry}, so a new visitor's first profile shows soon. A
 * merge announced on {@code c360.identity-merges.v1} invalidates the identifiers that moved.
 */
final class DynamoDbProfileResolver implements ProfileResolver {

  private final DynamoDbClient dynamo;
  private final String table;
  private final LoadingCache<String, Optional<String>> cache;

  DynamoDbProfileResolver(
      DynamoDbClient dynamo,
      String table,
      Duration refresh,
      Duration expiry,
      Duration unknownExpiry,
      long maxEntries) {
    this.dynamo = dynamo;
    this.table = table;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxEntries)
            .refreshAfterWrite(refresh)
            .expireAfter(
                Expiry.<String, Optional<String>>writing(
                    (key, profile) -> profile.isPresent() ? expiry : unknownExpiry))
            .build(this::read);
  }

  @Override
  public void invalidate(Collection<String> identifierKeys) {
    cache.invalidateAll(identifierKeys);
  }

  @Override
  public Optional<String> profileOf(Identifier identifier) {
    return cache.get(identifier.key());
  }

  private Optional<String> read(String key) {
    GetItemResponse response =
        dynamo.getItem(
            r ->
                r.tableName(table)
                    .key(Map.of("identifier", AttributeValue.fromS(key)))
                    .projectionExpression("profileId"));
    return response.hasItem() && response.item().containsKey("profileId")
        ? Optional.of(response.item().get("profileId").s())
        : Optional.empty();
  }
}
