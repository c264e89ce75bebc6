package io.c360.activation.profile.dynamodb;

import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileDirectory;
import io.c360.activation.profile.ProfileId;
import io.c360.common.aws.DynamoDbBatches;
import io.c360.common.json.EventJson;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.TraitValue;
import io.c360.common.score.ProfileScore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads identity-service's profiles table: the {@code snapshot} identity writes, the {@code scores}
 * map scoring-service writes into the same item, and the {@code status} (only {@code ACTIVE}
 * profiles are active; merged and erased ones are not).
 */
final class DynamoDbProfileDirectory implements ProfileDirectory {

  private static final String PROJECTION = "profileId, #status, #snapshot, #scores";
  private static final Map<String, String> NAMES =
      Map.of("#status", "status", "#snapshot", "snapshot", "#scores", "scores");

  private final DynamoDbClient dynamo;
  private final DynamoDbBatches batches;
  private final String table;
  private final JsonMapper json = EventJson.mapper();

  DynamoDbProfileDirectory(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, DynamoDbBatches.Timing.NONE);
    this.table = table;
  }

  @Override
  public Optional<ActivationProfile> find(ProfileId id) {
    Map<String, AttributeValue> item =
        dynamo
            .getItem(
                r ->
                    r.tableName(table)
                        .key(key(id.value()))
                        .consistentRead(true)
                        .projectionExpression(PROJECTION)
                        .expressionAttributeNames(NAMES))
            .item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.ofNullable(read(item));
  }

  @Override
  public Map<ProfileId, ActivationProfile> findAll(Collection<ProfileId> ids) {
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    ids.forEach(id -> distinct.add(id.value()));
    List<Map<String, AttributeValue>> keys = new ArrayList<>();
    distinct.forEach(id -> keys.add(key(id)));
    Map<ProfileId, ActivationProfile> found = new HashMap<>();
    for (Map<String, AttributeValue> item : batches.getAll(table, keys, PROJECTION, NAMES)) {
      ActivationProfile profile = read(item);
      if (profile != null) {
        found.put(profile.id(), profile);
      }
    }
    return found;
  }

  @Override
  public void forEachActive(Consumer<ActivationProfile> action) {
    ScanRequest request =
        ScanRequest.builder()
            .tableName(table)
            .projectionExpression(PROJECTION)
            .filterExpression("#status = :active")
            .expressionAttributeNames(NAMES)
            .expressionAttributeValues(Map.of(":active", AttributeValue.fromS("ACTIVE")))
            .build();
    for (var page : dynamo.scanPaginator(request)) {
      for (Map<String, AttributeValue> item : page.items()) {
        ActivationProfile profile = read(item);
        if (profile != null && profile.active()) {
          action.accept(profile);
        }
      }
    }
  }

  private @Nullable ActivationProfile read(Map<String, AttributeValue> item) {
    AttributeValue snapshotValue = item.get("snapshot");
    String profileId = item.get("profileId").s();
    boolean active = item.containsKey("status") && "ACTIVE".equals(item.get("status").s());
    if (snapshotValue == null || snapshotValue.s() == null) {
      return new ActivationProfile(
          new ProfileId(profileId), false, List.of(), Map.of(), Map.of(), null, Map.of());
    }
    ProfileSnapshot snapshot = json.readValue(snapshotValue.s(), ProfileSnapshot.class);
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
    Map<String, Double> scores = new HashMap<>();
    AttributeValue scoreMap = item.get("scores");
    if (scoreMap != null && scoreMap.hasM()) {
      scoreMap
          .m()
          .forEach(
              (model, value) ->
                  scores.put(model, json.readValue(value.s(), ProfileScore.class).score()));
    }
    return new ActivationProfile(
        new ProfileId(profileId),
        active,
        snapshot.identifiers().stream().map(LinkedIdentifier::identifier).toList(),
        traits,
        consent,
        snapshot.computed(),
        scores);
  }

  /** Consent is granted by a boolean true or the string "true"/"yes"/"opt-in". */
  private static boolean granted(TraitValue value) {
    Object v = value.value();
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      String t = s.trim().toLowerCase(java.util.Locale.ROOT);
      return t.equals("true") || t.equals("yes") || t.equals("opt-in") || t.equals("subscribed");
    }
    return false;
  }

  private static Map<String, AttributeValue> key(String profileId) {
    return Map.of("profileId", AttributeValue.fromS(profileId));
  }
}
