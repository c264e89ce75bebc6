package io.c360.identity.review.dynamodb;

import io.c360.identity.resolution.ProfileId;
import io.c360.identity.review.LinkSuggestion;
import io.c360.identity.review.SuggestionStore;
import io.c360.platform.aws.DynamoDbBatches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The review queue in the {@code identity-link-suggestions} table: {@code suggestion#<id>} items
 * and {@code rejected#<profileId>#<profileId>} items (the pair sorted). Listing scans the table and
 * sorts in memory: a queue people work through stays small; a GSI on status and time is the step up
 * when it does not.
 */
final class DynamoDbSuggestionStore implements SuggestionStore {

  private static final String KEY = "itemKey";
  private static final String SUGGESTION = "suggestion#";
  private static final String REJECTED = "rejected#";

  private final DynamoDbClient dynamo;
  private final String table;
  private final DynamoDbBatches batches;

  DynamoDbSuggestionStore(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
    this.batches = new DynamoDbBatches(dynamo, java.util.function.Supplier::get);
  }

  @Override
  public boolean addIfAbsent(LinkSuggestion suggestion) {
    return put(toItem(suggestion), "attribute_not_exists(#k)", Map.of("#k", KEY), Map.of());
  }

  @Override
  public Optional<LinkSuggestion> find(String id) {
    Map<String, AttributeValue> item = get(SUGGESTION + id);
    return item == null ? Optional.empty() : Optional.of(fromItem(item));
  }

  @Override
  public boolean decide(LinkSuggestion decided) {
    return put(
        toItem(decided),
        "#s = :pending",
        Map.of("#s", "status"),
        Map.of(":pending", AttributeValue.fromS(LinkSuggestion.Status.PENDING.name())));
  }

  @Override
  public void rememberRejected(ProfileId a, ProfileId b) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(KEY, AttributeValue.fromS(rejectedKey(a, b)));
    item.put("profileId", AttributeValue.fromS(a.value()));
    item.put("otherProfileId", AttributeValue.fromS(b.value()));
    dynamo.putItem(PutItemRequest.builder().tableName(table).item(item).build());
  }

  @Override
  public boolean isRejected(ProfileId a, ProfileId b) {
    return get(rejectedKey(a, b)) != null;
  }

  @Override
  public Page pending(int limit, @Nullable String after) {
    List<LinkSuggestion> all =
        scan().stream()
            .filter(i -> i.get(KEY).s().startsWith(SUGGESTION))
            .map(DynamoDbSuggestionStore::fromItem)
            .filter(s -> s.status() == LinkSuggestion.Status.PENDING)
            .sorted(
                Comparator.comparing(LinkSuggestion::suggestedAt)
                    .reversed()
                    .thenComparing(LinkSuggestion::id))
            .toList();
    int from = 0;
    if (after != null) {
      for (int i = 0; i < all.size(); i++) {
        if (cursor(all.get(i)).equals(after)) {
          from = i + 1;
          break;
        }
      }
    }
    List<LinkSuggestion> page = all.subList(from, Math.min(all.size(), from + limit));
    String next = from + limit < all.size() ? cursor(page.getLast()) : null;
    return new Page(page, next);
  }

  private static String cursor(LinkSuggestion s) {
    return s.suggestedAt().toEpochMilli() + "." + s.id();
  }

  @Override
  public void deleteInvolving(Collection<ProfileId> profileIds) {
    Set<String> ids = profileIds.stream().map(ProfileId::value).collect(Collectors.toSet());
    List<WriteRequest> deletes = new ArrayList<>();
    for (Map<String, AttributeValue> item : scan()) {
      if (ids.contains(text(item, "profileId")) || ids.contains(text(item, "otherProfileId"))) {
        deletes.add(
            WriteRequest.builder()
                .deleteRequest(DeleteRequest.builder().key(Map.of(KEY, item.get(KEY))).build())
                .build());
      }
    }
    batches.writeAll(table, deletes);
  }

  private List<Map<String, AttributeValue>> scan() {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    dynamo
        .scanPaginator(ScanRequest.builder().tableName(table).consistentRead(true).build())
        .items()
        .forEach(items::add);
    return items;
  }

  private @Nullable Map<String, AttributeValue> get(String key) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                GetItemRequest.builder()
                    .tableName(table)
                    .key(Map.of(KEY, AttributeValue.fromS(key)))
                    .consistentRead(true)
                    .build())
            .item();
    return item == null || item.isEmpty() ? null : item;
  }

  private boolean put(
      Map<String, AttributeValue> item,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    try {
      PutItemRequest.Builder request =
          PutItemRequest.builder()
              .tableName(table)
              .item(item)
              .conditionExpression(condition)
              .expressionAttributeNames(names);
      if (!values.isEmpty()) {
        request.expressionAttributeValues(values);
      }
      dynamo.putItem(request.build());
      return true;
    } catch (ConditionalCheckFailedException taken) {
      return false;
    }
  }

  private static String rejectedKey(ProfileId a, ProfileId b) {
    return a.value().compareTo(b.value()) < 0
        ? REJECTED + a.value() + "#" + b.value()
        : REJECTED + b.value() + "#" + a.value();
  }

  private static Map<String, AttributeValue> toItem(LinkSuggestion s) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put(KEY, AttributeValue.fromS(SUGGESTION + s.id()));
    item.put("profileId", AttributeValue.fromS(s.profileId().value()));
    item.put("otherProfileId", AttributeValue.fromS(s.otherProfileId().value()));
    item.put("score", AttributeValue.fromN(Double.toString(s.score())));
    item.put("suggestedAt", AttributeValue.fromS(s.suggestedAt().toString()));
    item.put("sourceId", AttributeValue.fromS(s.sourceId()));
    item.put("status", AttributeValue.fromS(s.status().name()));
    if (s.decidedBy() != null) {
      item.put("decidedBy", AttributeValue.fromS(s.decidedBy()));
    }
    if (s.decidedAt() != null) {
      item.put("decidedAt", AttributeValue.fromS(s.decidedAt().toString()));
    }
    return item;
  }

  private static LinkSuggestion fromItem(Map<String, AttributeValue> item) {
    String decidedAt = text(item, "decidedAt");
    return new LinkSuggestion(
        item.get(KEY).s().substring(SUGGESTION.length()),
        ProfileId.of(item.get("profileId").s()),
        ProfileId.of(item.get("otherProfileId").s()),
        Double.parseDouble(item.get("score").n()),
        Instant.parse(item.get("suggestedAt").s()),
        item.get("sourceId").s(),
        LinkSuggestion.Status.valueOf(item.get("status").s()),
        text(item, "decidedBy"),
        decidedAt == null ? null : Instant.parse(decidedAt));
  }

  private static @Nullable String text(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }
}
