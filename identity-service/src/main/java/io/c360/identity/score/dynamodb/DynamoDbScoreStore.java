package io.c360.identity.score.dynamodb;

import io.c360.common.score.ProfileScore;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.score.ScoreStore;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * {@code identity-scores}: one item per profile ({@code profileId}); each model's score is an
 * attribute {@code model#<name>} holding {@code score} (the {@link ProfileScore} as JSON) and
 * {@code scoredAt} (epoch microseconds, what the ordering condition compares). An erased profile's
 * item is replaced by {@code erased = true}, which later writes are conditional on not finding.
 */
final class DynamoDbScoreStore implements ScoreStore {

  private static final String MODEL_PREFIX = "model#";

  private final DynamoDbClient dynamo;
  private final String table;
  private final tools.jackson.databind.json.JsonMapper json;

  DynamoDbScoreStore(
      DynamoDbClient dynamo, String table, tools.jackson.databind.json.JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  private static Map<String, AttributeValue> key(ProfileId profileId) {
    return Map.of("profileId", AttributeValue.fromS(profileId.value()));
  }

  private static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }

  @Override
  public Map<String, ProfileScore> scores(ProfileId profileId) {
    Map<String, AttributeValue> item =
        dynamo.getItem(r -> r.tableName(table).key(key(profileId)).consistentRead(true)).item();
    Map<String, ProfileScore> byModel = new TreeMap<>();
    if (item == null || item.containsKey("erased")) {
      return byModel;
    }
    item.forEach(
        (name, value) -> {
          if (name.startsWith(MODEL_PREFIX) && value.hasM() && value.m().containsKey("score")) {
            byModel.put(
                name.substring(MODEL_PREFIX.length()),
                json.readValue(value.m().get("score").s(), ProfileScore.class));
          }
        });
    return byModel;
  }

  @Override
  public boolean put(ProfileId profileId, String model, ProfileScore score) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(profileId))
                  .updateExpression("SET #m = :m")
                  .conditionExpression(
                      "attribute_not_exists(#erased) AND"
                          + " (attribute_not_exists(#m) OR #m.#at <= :at)")
                  .expressionAttributeNames(
                      Map.of("#m", MODEL_PREFIX + model, "#at", "scoredAt", "#erased", "erased"))
                  .expressionAttributeValues(
                      Map.of(
                          ":m",
                          AttributeValue.fromM(
                              Map.of(
                                  "score", AttributeValue.fromS(json.writeValueAsString(score)),
                                  "scoredAt",
                                      AttributeValue.fromN(
                                          Long.toString(micros(score.scoredAt()))))),
                          ":at",
                          AttributeValue.fromN(Long.toString(micros(score.scoredAt()))))));
      return true;
    } catch (ConditionalCheckFailedException olderOrErased) {
      return false;
    }
  }

  @Override
  public void remove(ProfileId profileId, String model) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(profileId))
                  .updateExpression("REMOVE #m")
                  .conditionExpression("attribute_exists(profileId)")
                  .expressionAttributeNames(Map.of("#m", MODEL_PREFIX + model)));
    } catch (ConditionalCheckFailedException nothingStored) {
      // nothing to remove: no item is created for a removal
    }
  }

  @Override
  public void erase(ProfileId profileId) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId",
                        AttributeValue.fromS(profileId.value()),
                        "erased",
                        AttributeValue.fromBool(true))));
  }
}
