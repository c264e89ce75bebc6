package io.c360.scoring.scoring.dynamodb;

import io.c360.common.score.ProfileScore;
import io.c360.scoring.scoring.ScoreStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores in the {@code profiles} table, in the {@code scores} map attribute (model name → the
 * {@code ProfileScore} as JSON), which belongs to scoring-service: identity-service's writes never
 * touch it. Every write is conditional on the profile being {@code ACTIVE}, so a score never lands
 * on an erased or merged profile, and never creates a profile item. Public for the scoring
 * benchmark, which measures these writes; the service wires it in {@link
 * DynamoDbScoreConfiguration}.
 */
public final class DynamoDbScoreStore implements ScoreStore {

  private static final String ACTIVE = "ACTIVE";
  private static final int ATTEMPTS = 4;

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;
  private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore slots = new Semaphore(16);

  public DynamoDbScoreStore(DynamoDbClient dynamo, String table, JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  @Override
  public Set<String> write(Map<String, List<ProfileScore>> scoresByProfile) {
    Set<String> written = ConcurrentHashMap.newKeySet();
    Map<String, Future<?>> futures = new LinkedHashMap<>();
    for (var entry : scoresByProfile.entrySet()) {
      futures.put(
          entry.getKey(),
          writers.submit(
              () -> {
                slots.acquireUninterruptibly();
                try {
                  if (writeOne(entry.getKey(), entry.getValue())) {
                    written.add(entry.getKey());
                  }
                } finally {
                  slots.release();
                }
              }));
    }
    for (Future<?> future : futures.values()) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing scores", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
    }
    return written;
  }

  /** Sets the scores into an existing map, or creates the map; false when not active. */
  private boolean writeOne(String profileId, List<ProfileScore> scores) {
    Map<String, String> names = new HashMap<>();
    names.put("#scores", "scores");
    names.put("#status", "status");
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":active", AttributeValue.fromS(ACTIVE));
    StringBuilder set = new StringBuilder("SET ");
    Map<String, AttributeValue> whole = new HashMap<>();
    for (int i = 0; i < scores.size(); i++) {
      ProfileScore score = scores.get(i);
      AttributeValue value = AttributeValue.fromS(json.writeValueAsString(score));
      names.put("#m" + i, score.model());
      values.put(":s" + i, value);
      set.append(i == 0 ? "" : ", ").append("#scores.#m").append(i).append(" = :s").append(i);
      whole.put(score.model(), value);
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        dynamo.updateItem(
            r ->
                r.tableName(table)
                    .key(key(profileId))
                    .updateExpression(set.toString())
                    .conditionExpression("#status = :active AND attribute_exists(#scores)")
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
        return true;
      } catch (ConditionalCheckFailedException e) {
        // no scores map yet, or not active: try creating the map
      }
      try {
        dynamo.updateItem(
            r ->
                r.tableName(table)
                    .key(key(profileId))
                    .updateExpression("SET #scores = :whole")
                    .conditionExpression("#status = :active AND attribute_not_exists(#scores)")
                    .expressionAttributeNames(Map.of("#scores", "scores", "#status", "status"))
                    .expressionAttributeValues(
                        Map.of(
                            ":active",
                            AttributeValue.fromS(ACTIVE),
                            ":whole",
                            AttributeValue.fromM(whole))));
        return true;
      } catch (ConditionalCheckFailedException e) {
        if (!isActive(profileId)) {
          return false;
        }
        // another writer created the map in between: set into it
      }
    }
    throw new IllegalStateException("could not write the scores of profile " + profileId);
  }

  private boolean isActive(String profileId) {
    GetItemResponse response =
        dynamo.getItem(
            r ->
                r.tableName(table)
                    .key(key(profileId))
                    .projectionExpression("#status")
                    .expressionAttributeNames(Map.of("#status", "status"))
                    .consistentRead(true));
    AttributeValue status = response.hasItem() ? response.item().get("status") : null;
    return status != null && ACTIVE.equals(status.s());
  }

  @Override
  public Set<String> remove(String profileId, Collection<String> models) {
    Set<String> removed = new LinkedHashSet<>();
    for (String model : models) {
      try {
        dynamo.updateItem(
            r ->
                r.tableName(table)
                    .key(key(profileId))
                    .updateExpression("REMOVE #scores.#m")
                    .conditionExpression("attribute_exists(#scores.#m)")
                    .expressionAttributeNames(Map.of("#scores", "scores", "#m", model)));
        removed.add(model);
      } catch (ConditionalCheckFailedException e) {
        // it had no score of that model
      }
    }
    return removed;
  }

  @Override
  public Optional<ProfileScores> read(String profileId) {
    GetItemResponse response =
        dynamo.getItem(
            r ->
                r.tableName(table)
                    .key(key(profileId))
                    .projectionExpression("profileId, #status, #scores")
                    .expressionAttributeNames(Map.of("#status", "status", "#scores", "scores"))
                    .consistentRead(true));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = response.item();
    Map<String, ProfileScore> scores = new LinkedHashMap<>();
    AttributeValue map = item.get("scores");
    if (map != null && map.hasM()) {
      map.m().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e -> scores.put(e.getKey(), json.readValue(e.getValue().s(), ProfileScore.class)));
    }
    AttributeValue status = item.get("status");
    return Optional.of(
        new ProfileScores(profileId, status == null ? "UNKNOWN" : status.s(), scores));
  }

  private static Map<String, AttributeValue> key(String profileId) {
    return Map.of("profileId", AttributeValue.fromS(profileId));
  }
}
