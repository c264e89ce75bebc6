package io.c360.activation.audience.dynamodb;

import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceId;
import io.c360.activation.audience.AudienceRules;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.audience.AudienceStore.Membership;
import io.c360.activation.audience.MemberPage;
import io.c360.activation.profile.ProfileId;
import io.c360.common.json.EventJson;
import io.c360.platform.aws.DynamoDbBatches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Audiences in one table (plus a {@code key#<key>} item per audience that makes keys unique) and
 * their members in another; a member's entry or exit and the audience's size change are written in
 * one transaction, so the size is exact.
 */
final class DynamoDbAudienceStore implements AudienceStore {

  private static final String KEY_PREFIX = "key#";

  private final DynamoDbClient dynamo;
  private final String audiences;
  private final String members;
  private final DynamoDbBatches batches;

  DynamoDbAudienceStore(DynamoDbClient dynamo, String audiences, String members) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.audiences = audiences;
    this.members = members;
  }

  @Override
  public boolean create(Audience audience) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("audienceId", s(audience.id().value()));
    item.put("key", s(audience.key()));
    item.put("name", s(audience.name()));
    item.put(
        "rule", s(EventJson.mapper().writeValueAsString(AudienceRules.toJson(audience.rule()))));
    item.put("createdAt", s(audience.createdAt().toString()));
    item.put("size", AttributeValue.fromN("0"));
    try {
      dynamo.transactWriteItems(
          r ->
              r.transactItems(
                  TransactWriteItem.builder()
                      .put(
                          p ->
                              p.tableName(audiences)
                                  .item(
                                      Map.of(
                                          "audienceId", s(KEY_PREFIX + audience.key()),
                                          "owner", s(audience.id().value())))
                                  .conditionExpression("attribute_not_exists(audienceId)"))
                      .build(),
                  TransactWriteItem.builder()
                      .put(
                          p ->
                              p.tableName(audiences)
                                  .item(item)
                                  .conditionExpression("attribute_not_exists(audienceId)"))
                      .build()));
      return true;
    } catch (TransactionCanceledException e) {
      if (conditionFailed(e)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public Optional<Audience> find(AudienceId id) {
    if (id.value().startsWith(KEY_PREFIX)) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item =
        dynamo.getItem(r -> r.tableName(audiences).key(key(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(read(item));
  }

  @Override
  public List<Audience> list() {
    List<Audience> all = new ArrayList<>();
    for (var page : dynamo.scanPaginator(r -> r.tableName(audiences).consistentRead(true))) {
      for (Map<String, AttributeValue> item : page.items()) {
        if (!item.get("audienceId").s().startsWith(KEY_PREFIX)) {
          all.add(read(item));
        }
      }
    }
    all.sort(Comparator.comparing(Audience::createdAt));
    return all;
  }

  @Override
  public void recordComputed(AudienceId id, Instant computedAt) {
    dynamo.updateItem(
        r ->
            r.tableName(audiences)
                .key(key(id))
                .updateExpression("SET computedAt = :at")
                .conditionExpression("attribute_exists(audienceId)")
                .expressionAttributeValues(Map.of(":at", s(computedAt.toString()))));
  }

  @Override
  public boolean addMember(AudienceId id, ProfileId profile, Instant since) {
    return transact(
        TransactWriteItem.builder()
            .put(
                p ->
                    p.tableName(members)
                        .item(
                            Map.of(
                                "audienceId", s(id.value()),
                                "profileId", s(profile.value()),
                                "since", s(since.toString())))
                        .conditionExpression("attribute_not_exists(profileId)"))
            .build(),
        sizeChange(id, 1));
  }

  @Override
  public boolean removeMember(AudienceId id, ProfileId profile) {
    return transact(
        TransactWriteItem.builder()
            .delete(
                d ->
                    d.tableName(members)
                        .key(memberKey(id, profile))
                        .conditionExpression("attribute_exists(profileId)"))
            .build(),
        sizeChange(id, -1));
  }

  @Override
  public Set<Membership> memberships(
      Collection<AudienceId> audienceIds, Collection<ProfileId> profiles) {
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    for (AudienceId id : audienceIds) {
      for (ProfileId profile : profiles) {
        keys.add(memberKey(id, profile));
      }
    }
    Set<Membership> found = new HashSet<>();
    for (Map<String, AttributeValue> item :
        batches.getAll(members, keys, "audienceId, profileId")) {
      found.add(
          new Membership(
              new AudienceId(item.get("audienceId").s()),
              new ProfileId(item.get("profileId").s())));
    }
    return found;
  }

  @Override
  public MemberPage members(AudienceId id, @Nullable String after, int limit) {
    QueryRequest.Builder request =
        QueryRequest.builder()
            .tableName(members)
            .keyConditionExpression("audienceId = :a")
            .expressionAttributeValues(Map.of(":a", s(id.value())))
            .consistentRead(true)
            .limit(limit);
    if (after != null) {
      request.exclusiveStartKey(memberKey(id, new ProfileId(after)));
    }
    QueryResponse response = dynamo.query(request.build());
    List<ProfileId> page =
        response.items().stream().map(i -> new ProfileId(i.get("profileId").s())).toList();
    String next =
        response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
            ? response.lastEvaluatedKey().get("profileId").s()
            : null;
    return new MemberPage(page, next);
  }

  @Override
  public void forEachMember(AudienceId id, Consumer<ProfileId> action) {
    QueryRequest request =
        QueryRequest.builder()
            .tableName(members)
            .keyConditionExpression("audienceId = :a")
            .expressionAttributeValues(Map.of(":a", s(id.value())))
            .projectionExpression("profileId")
            .consistentRead(true)
            .build();
    for (QueryResponse page : dynamo.queryPaginator(request)) {
      page.items().forEach(i -> action.accept(new ProfileId(i.get("profileId").s())));
    }
  }

  private TransactWriteItem sizeChange(AudienceId id, int delta) {
    return TransactWriteItem.builder()
        .update(
            Update.builder()
                .tableName(audiences)
                .key(key(id))
                .updateExpression("ADD #size :d")
                .conditionExpression("attribute_exists(audienceId)")
                .expressionAttributeNames(Map.of("#size", "size"))
                .expressionAttributeValues(
                    Map.of(":d", AttributeValue.fromN(Integer.toString(delta))))
                .build())
        .build();
  }

  private boolean transact(TransactWriteItem member, TransactWriteItem size) {
    try {
      dynamo.transactWriteItems(r -> r.transactItems(member, size));
      return true;
    } catch (TransactionCanceledException e) {
      if (e.hasCancellationReasons()
          && "ConditionalCheckFailed".equals(e.cancellationReasons().get(0).code())) {
        return false;
      }
      throw e;
    }
  }

  private static boolean conditionFailed(TransactionCanceledException e) {
    return e.hasCancellationReasons()
        && e.cancellationReasons().stream()
            .anyMatch(r -> "ConditionalCheckFailed".equals(r.code()));
  }

  private static Audience read(Map<String, AttributeValue> item) {
    AttributeValue computed = item.get("computedAt");
    return new Audience(
        new AudienceId(item.get("audienceId").s()),
        item.get("key").s(),
        item.get("name").s(),
        AudienceRules.parse(EventJson.mapper().readTree(item.get("rule").s())),
        Instant.parse(item.get("createdAt").s()),
        Long.parseLong(item.get("size").n()),
        computed == null ? null : Instant.parse(computed.s()));
  }

  private static Map<String, AttributeValue> key(AudienceId id) {
    return Map.of("audienceId", s(id.value()));
  }

  private static Map<String, AttributeValue> memberKey(AudienceId id, ProfileId profile) {
    return Map.of("audienceId", s(id.value()), "profileId", s(profile.value()));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }
}
