package io.c360.activation.profile.dynamodb;

import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileId;
import io.c360.activation.profile.ProfileViewStore;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.TraitValue;
import io.c360.platform.aws.DynamoDbBatches;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile view in activation's own {@code activation-profiles} table, one item per profile:
 *
 * <ul>
 *   <li>{@code version}, {@code profile} (JSON of {@link ViewedProfile}), {@code updatedAt}: the
 *       newest snapshot; a snapshot of a version not above {@code version} is not written;
 *   <li>{@code score#<model>}: {@code {score, at}} per model ({@code score} absent once removed); a
 *       score from before {@code at} is not written;
 *   <li>{@code mergedInto}, {@code mergedAt}, {@code unmergedAt}: merges and unmerges, by time;
 *   <li>{@code erasedAt}: an erased profile's item holds nothing else, and nothing is written to it
 *       any more.
 * </ul>
 *
 * Every write is one conditional UpdateItem that returns the item as it is afterwards (or, when the
 * condition failed, as it was), so applying a change and reading the result is one call.
 */
final class DynamoDbProfileView implements ProfileViewStore {

  private static final String SCORE_PREFIX = "score#";

  /** The identifiers campaigns send to (email, phone, device) and Segment/recommendations use. */
  private static final Set<IdentifierType> KEPT_IDENTIFIERS =
      EnumSet.of(
          IdentifierType.EMAIL,
          IdentifierType.PHONE,
          IdentifierType.DEVICE_ID,
          IdentifierType.USER_ID,
          IdentifierType.ANONYMOUS_ID);

  private static final String NOT_ERASED = "attribute_not_exists(erasedAt)";

  private final DynamoDbClient dynamo;
  private final DynamoDbBatches batches;
  private final String table;
  private final JsonMapper json = EventJson.mapper();

  DynamoDbProfileView(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.table = table;
  }

  @Override
  public Optional<ActivationProfile> applySnapshot(ProfileSnapshot snapshot) {
    return update(
        UpdateItemRequest.builder()
            .key(key(snapshot.profileId()))
            .updateExpression("SET #version = :v, #profile = :p, updatedAt = :u")
            .conditionExpression(
                NOT_ERASED + " AND (attribute_not_exists(#version) OR #version < :v)")
            .expressionAttributeNames(Map.of("#version", "version", "#profile", "profile"))
            .expressionAttributeValues(
                Map.of(
                    ":v", AttributeValue.fromN(Long.toString(snapshot.version())),
                    ":p", AttributeValue.fromS(json.writeValueAsString(viewed(snapshot))),
                    ":u", AttributeValue.fromS(snapshot.updatedAt().toString()))));
  }

  @Override
  public Optional<ActivationProfile> applyScore(
      ProfileId id, String model, @Nullable Double score, Instant at) {
    Map<String, AttributeValue> entry = new HashMap<>();
    entry.put("at", time(at));
    if (score != null) {
      entry.put("score", AttributeValue.fromN(Double.toString(score)));
    }
    return update(
        UpdateItemRequest.builder()
            .key(key(id.value()))
            .updateExpression("SET #s = :e")
            .conditionExpression(NOT_ERASED + " AND (attribute_not_exists(#s) OR #s.#at <= :at)")
            .expressionAttributeNames(Map.of("#s", SCORE_PREFIX + model, "#at", "at"))
            .expressionAttributeValues(Map.of(":e", AttributeValue.fromM(entry), ":at", time(at))));
  }

  @Override
  public Optional<ActivationProfile> markMerged(ProfileId id, ProfileId survivor, Instant at) {
    return update(
        UpdateItemRequest.builder()
            .key(key(id.value()))
            .updateExpression("SET mergedInto = :s, mergedAt = :at")
            .conditionExpression(
                NOT_ERASED
                    + " AND (attribute_not_exists(unmergedAt) OR unmergedAt < :at)"
                    + " AND (attribute_not_exists(mergedAt) OR mergedAt <= :at)")
            .expressionAttributeValues(
                Map.of(":s", AttributeValue.fromS(survivor.value()), ":at", time(at))));
  }

  @Override
  public Optional<ActivationProfile> markUnmerged(ProfileId id, Instant at) {
    return update(
        UpdateItemRequest.builder()
            .key(key(id.value()))
            .updateExpression("SET unmergedAt = :at REMOVE mergedInto, mergedAt")
            .conditionExpression(
                NOT_ERASED
                    + " AND (attribute_not_exists(mergedAt) OR mergedAt <= :at)"
                    + " AND (attribute_not_exists(unmergedAt) OR unmergedAt <= :at)")
            .expressionAttributeValues(Map.of(":at", time(at))));
  }

  @Override
  public void erase(ProfileId id, Instant at) {
    // replaces the whole item: traits, identifiers and scores are gone, the marker stays
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(Map.of("profileId", AttributeValue.fromS(id.value()), "erasedAt", time(at))));
  }

  @Override
  public Optional<ActivationProfile> find(ProfileId id) {
    Map<String, AttributeValue> item =
        dynamo.getItem(r -> r.tableName(table).key(key(id.value())).consistentRead(true)).item();
    return item == null ? Optional.empty() : read(item);
  }

  @Override
  public Map<ProfileId, ActivationProfile> findAll(Collection<ProfileId> ids) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    ids.forEach(id -> distinct.add(id.value()));
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    distinct.forEach(id -> keys.add(key(id)));
    Map<ProfileId, ActivationProfile> found = new HashMap<>();
    for (Map<String, AttributeValue> item : batches.getAll(table, keys, null)) {
      read(item).ifPresent(profile -> found.put(profile.id(), profile));
    }
    return found;
  }

  @Override
  public void forEachActive(Consumer<ActivationProfile> action) {
    ScanRequest request =
        ScanRequest.builder()
            .tableName(table)
            .filterExpression(
                "attribute_exists(#profile) AND attribute_not_exists(mergedInto) AND " + NOT_ERASED)
            .expressionAttributeNames(Map.of("#profile", "profile"))
            .build();
    for (var page : dynamo.scanPaginator(request)) {
      for (Map<String, AttributeValue> item : page.items()) {
        read(item).ifPresent(action);
      }
    }
  }

  private Optional<ActivationProfile> update(UpdateItemRequest.Builder request) {
    UpdateItemRequest built =
        request
            .tableName(table)
            .returnValues(ReturnValue.ALL_NEW)
            .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
            .build();
    try {
      return read(dynamo.updateItem(built).attributes());
    } catch (ConditionalCheckFailedException stale) {
      // an older or repeated change: the view stays as it is
      if (stale.hasItem()) {
        return read(stale.item());
      }
      return find(new ProfileId(built.key().get("profileId").s()));
    }
  }

  /** The profile as the view shows it: only with a snapshot, and neither merged nor erased. */
  private Optional<ActivationProfile> read(@Nullable Map<String, AttributeValue> item) {
    if (item == null
        || !item.containsKey("profile")
        || item.containsKey("mergedInto")
        || item.containsKey("erasedAt")) {
      return Optional.empty();
    }
    ViewedProfile profile = json.readValue(item.get("profile").s(), ViewedProfile.class);
    Map<String, Double> scores = new HashMap<>();
    item.forEach(
        (name, value) -> {
          if (name.startsWith(SCORE_PREFIX) && value.hasM() && value.m().containsKey("score")) {
            scores.put(
                name.substring(SCORE_PREFIX.length()),
                Double.parseDouble(value.m().get("score").n()));
          }
        });
    return Optional.of(
        new ActivationProfile(
            new ProfileId(item.get("profileId").s()),
            profile.identifiers(),
            profile.traits(),
            profile.consent(),
            profile.computed(),
            scores));
  }

  private static ViewedProfile viewed(ProfileSnapshot snapshot) {
    List<Identifier> identifiers =
        snapshot.identifiers().stream()
            .map(LinkedIdentifier::identifier)
            .filter(identifier -> KEPT_IDENTIFIERS.contains(identifier.type()))
            .toList();
    Map<String, Object> traits = new HashMap<>();
    snapshot
        .traits()
        .forEach(
            (name, value) -> {
              if (value.value() != null) {
                traits.put(name, value.value());
              }
            });
    Map<String, Boolean> consent = new HashMap<>();
    snapshot.consent().forEach((channel, value) -> consent.put(channel, granted(value)));
    return new ViewedProfile(identifiers, traits, consent, snapshot.computed());
  }

  /** Consent is granted by a boolean true or the string "true"/"yes"/"opt-in"/"subscribed". */
  private static boolean granted(TraitValue value) {
    Object v = value.value();
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      return t.equals("true") || t.equals("yes") || t.equals("opt-in") || t.equals("subscribed");
    }
    return false;
  }

  /** A time as seconds since the epoch with its nanoseconds, so times compare as numbers. */
  private static AttributeValue time(Instant at) {
    return AttributeValue.fromN(
        BigDecimal.valueOf(at.getEpochSecond())
            .add(BigDecimal.valueOf(at.getNano(), 9))
            .toPlainString());
  }

  private static Map<String, AttributeValue> key(String profileId) {
    return Map.of("profileId", AttributeValue.fromS(profileId));
  }
}
