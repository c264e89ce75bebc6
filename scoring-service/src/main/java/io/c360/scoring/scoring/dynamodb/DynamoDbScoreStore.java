package io.c360.scoring.scoring.dynamodb;

import io.c360.common.score.ProfileScore;
import io.c360.scoring.scoring.ScoreStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores in {@code scoring-scores}: one item per profile (pk {@code profileId}) with one attribute
 * per model, {@code score:<model>}, holding the {@code ProfileScore} as JSON. A write is one
 * UpdateItem per profile that sets only its models' attributes (so two models scored apart never
 * overwrite each other), conditional on the item not being closed: a merged or erased profile
 * carries {@code closed} ({@code MERGED} or {@code ERASED}) and no scores. Public for the scoring
 * benchmark, which measures these writes; the service wires it in {@link
 * DynamoDbScoreConfiguration}.
 */
public final class DynamoDbScoreStore implements ScoreStore {

  private static final String PREFIX = "score:";

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;
  private final Clock clock;
  private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore slots = new Semaphore(16);

  public DynamoDbScoreStore(DynamoDbClient dynamo, String table, JsonMapper json, Clock clock) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Set<String> write(Map<String, List<ProfileScore>> scoresByProfile) {
    Set<String> written = ConcurrentHashMap.newKeySet();
    List<Future<?>> futures = new ArrayList<>();
    for (var entry : scoresByProfile.entrySet()) {
      futures.add(
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
    for (Future<?> future : futures) {
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

  /** Sets the models' attributes; false when the profile is closed. */
  private boolean writeOne(String profileId, List<ProfileScore> scores) {
    Map<String, String> names = new HashMap<>();
    names.put("#closed", "closed");
    Map<String, AttributeValue> values = new HashMap<>();
    StringBuilder set = new StringBuilder("SET ");
    for (int i = 0; i < scores.size(); i++) {
      ProfileScore score = scores.get(i);
      names.put("#m" + i, PREFIX + score.model());
      values.put(":s" + i, AttributeValue.fromS(json.writeValueAsString(score)));
      set.append(i == 0 ? "" : ", ").append("#m").append(i).append(" = :s").append(i);
    }
    try {
      dynamo.updateItem(
          r ->
              r.tableName(table)
                  .key(key(profileId))
                  .updateExpression(set.toString())
                  .conditionExpression("attribute_not_exists(#closed)")
                  .expressionAttributeNames(names)
                  .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public Set<String> remove(String profileId, Collection<String> models) {
    if (models.isEmpty()) {
      return Set.of();
    }
    Map<String, String> names = new HashMap<>();
    StringBuilder remove = new StringBuilder("REMOVE ");
    int i = 0;
    for (String model : models) {
      names.put("#m" + i, PREFIX + model);
      remove.append(i == 0 ? "" : ", ").append("#m").append(i);
      i++;
    }
    names.put("#id", "profileId");
    try {
      var response =
          dynamo.updateItem(
              r ->
                  r.tableName(table)
                      .key(key(profileId))
                      .updateExpression(remove.toString())
                      .conditionExpression("attribute_exists(#id)")
                      .expressionAttributeNames(names)
                      .returnValues(ReturnValue.UPDATED_OLD));
      return models(response.attributes());
    } catch (ConditionalCheckFailedException e) {
      return Set.of(); // no scores at all
    }
  }

  @Override
  public Set<String> close(String profileId, Status why) {
    if (why == Status.ACTIVE) {
      throw new IllegalArgumentException("a profile is closed as merged or erased");
    }
    var put =
        PutItemRequest.builder()
            .tableName(table)
            .item(
                Map.of(
                    "profileId", AttributeValue.fromS(profileId),
                    "closed", AttributeValue.fromS(why.name()),
                    "closedAt", AttributeValue.fromS(clock.instant().toString())))
            .returnValues(ReturnValue.ALL_OLD);
    if (why == Status.MERGED) {
      put.conditionExpression("attribute_not_exists(#closed) OR #closed <> :erased")
          .expressionAttributeNames(Map.of("#closed", "closed"))
          .expressionAttributeValues(Map.of(":erased", AttributeValue.fromS(Status.ERASED.name())));
    }
    try {
      return models(dynamo.putItem(put.build()).attributes());
    } catch (ConditionalCheckFailedException e) {
      return Set.of(); // erased already: no scores, and it stays erased
    }
  }

  @Override
  public void reopen(String profileId) {
    try {
      dynamo.deleteItem(
          r ->
              r.tableName(table)
                  .key(key(profileId))
                  .conditionExpression("#closed = :merged")
                  .expressionAttributeNames(Map.of("#closed", "closed"))
                  .expressionAttributeValues(
                      Map.of(":merged", AttributeValue.fromS(Status.MERGED.name()))));
    } catch (ConditionalCheckFailedException e) {
      // not closed as merged: open already, or erased
    }
  }

  @Override
  public Optional<ProfileScores> read(String profileId) {
    var response = dynamo.getItem(r -> r.tableName(table).key(key(profileId)).consistentRead(true));
    if (!response.hasItem() || response.item().isEmpty()) {
      return Optional.empty();
    }
    Map<String, AttributeValue> item = response.item();
    Map<String, ProfileScore> scores = new LinkedHashMap<>();
    new TreeMap<>(item)
        .forEach(
            (name, value) -> {
              if (name.startsWith(PREFIX)) {
                scores.put(
                    name.substring(PREFIX.length()), json.readValue(value.s(), ProfileScore.class));
              }
            });
    AttributeValue closed = item.get("closed");
    return Optional.of(
        new ProfileScores(
            profileId, closed == null ? Status.ACTIVE : Status.valueOf(closed.s()), scores));
  }

  private static Set<String> models(Map<String, AttributeValue> attributes) {
    Set<String> models = new TreeSet<>();
    attributes.keySet().stream()
        .filter(name -> name.startsWith(PREFIX))
        .forEach(name -> models.add(name.substring(PREFIX.length())));
    return models;
  }

  private static Map<String, AttributeValue> key(String profileId) {
    return Map.of("profileId", AttributeValue.fromS(profileId));
  }
}
