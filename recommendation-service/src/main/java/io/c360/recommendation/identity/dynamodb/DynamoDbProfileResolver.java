package io.c360.recommendation.identity.dynamodb;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.c360.common.identifier.Identifier;
import io.c360.recommendation.identity.ProfileResolver;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * Reads the {@code identity} table (identifier key → profileId) through a bounded cache, because
 * apps ask on every page. An answer (also "unknown") is kept up to {@code expiry}; after {@code
 * refresh} the next request still gets the cached answer at once while it is re-read in the
 * background, so a login or merge shows within about {@code refresh} for active visitors and
 * requests do not wait on DynamoDB for them.
 */
final class DynamoDbProfileResolver implements ProfileResolver {

  private final DynamoDbClient dynamo;
  private final String table;
  private final LoadingCache<String, Optional<String>> cache;

  DynamoDbProfileResolver(
      DynamoDbClient dynamo, String table, Duration refresh, Duration expiry, long maxEntries) {
    this.dynamo = dynamo;
    this.table = table;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(maxEntries)
            .refreshAfterWrite(refresh)
            .expireAfterWrite(expiry)
            .build(this::read);
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
