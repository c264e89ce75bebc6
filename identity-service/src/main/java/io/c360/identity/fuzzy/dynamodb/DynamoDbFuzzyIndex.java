package io.c360.identity.fuzzy.dynamodb;

import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import io.c360.platform.aws.DynamoDbBatches;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blocking index in the {@code identity-blocks} table: one item per blocking key, profile and
 * spelling of the person ({@code blockKey} + {@code <profileId>#<hash of the person>}) holding the
 * person as JSON, so candidates come back from queries alone, and a {@code filed#<profileId>} item
 * listing every item of a profile so that erasure and unmerge can remove them all.
 */
final class DynamoDbFuzzyIndex implements FuzzyIndex {

  static final String BLOCK_KEY = "blockKey";
  static final String PROFILE_ID = "profileId";
  static final String PERSON = "person";
  static final String FILED = "keys";
  static final String FILED_PREFIX = "filed#";
  static final String FILED_SEPARATOR = "|";
  private static final int PARALLEL_QUERIES = 16;

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;
  private final FuzzyMatcher matcher;
  private final DynamoDbBatches batches;

  DynamoDbFuzzyIndex(DynamoDbClient dynamo, String table, JsonMapper json, FuzzyMatcher matcher) {
    this.dynamo = dynamo;
    this.batches = new DynamoDbBatches(dynamo, java.util.function.Supplier::get);
    this.table = table;
    this.json = json;
    this.matcher = matcher;
  }

  @Override
  public void remember(String profileId, OfflinePerson person) {
    String personJson = json.writeValueAsString(person);
    String sortValue = sortValue(profileId, personJson);
    Set<String> keys = matcher.blockingKeys(person);
    List<WriteRequest> writes = new ArrayList<>();
    for (String key : keys) {
      Map<String, AttributeValue> item =
          Map.of(
              BLOCK_KEY, AttributeValue.fromS(key),
              PROFILE_ID, AttributeValue.fromS(sortValue),
              PERSON, AttributeValue.fromS(personJson));
      writes.add(
          WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    write(writes);
    if (!keys.isEmpty()) {
      List<String> filed = keys.stream().map(k -> k + FILED_SEPARATOR + sortValue).toList();
      dynamo.updateItem(
          UpdateItemRequest.builder()
              .tableName(table)
              .key(filedKey(profileId))
              .updateExpression("ADD #keys :keys")
              .expressionAttributeNames(Map.of("#keys", FILED))
              .expressionAttributeValues(Map.of(":keys", AttributeValue.fromSs(filed)))
              .build());
    }
  }

  /**
   * The sort key of one person filed for a profile, {@code <profileId>#<hash of the person>}: each
   * spelling a profile was seen with is kept (a CRM's "Ann" and a loyalty system's "Anne"), the
   * same spelling twice is one item.
   */
  private static String sortValue(String profileId, String personJson) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(personJson.getBytes(StandardCharsets.UTF_8));
      return profileId + "#" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String profileIdOf(String sortValue) {
    int hash = sortValue.indexOf('#');
    return hash < 0 ? sortValue : sortValue.substring(0, hash);
  }

  /**
   * The item listing every key a profile was filed under ({@code filed#<profileId>}), so that
   * {@link #forgetProfile} finds them all.
   */
  private static Map<String, AttributeValue> filedKey(String profileId) {
    return Map.of(
        BLOCK_KEY, AttributeValue.fromS(FILED_PREFIX + profileId),
        PROFILE_ID, AttributeValue.fromS(profileId));
  }

  @Override
  public void forgetProfile(String profileId) {
    Map<String, AttributeValue> filed =
        dynamo
            .getItem(
                GetItemRequest.builder()
                    .tableName(table)
                    .key(filedKey(profileId))
                    .consistentRead(true)
                    .build())
            .item();
    List<WriteRequest> deletes = new ArrayList<>();
    if (filed != null && filed.get(FILED) != null) {
      for (String entry : filed.get(FILED).ss()) {
        int at = entry.lastIndexOf(FILED_SEPARATOR);
        deletes.add(delete(entry.substring(0, at), entry.substring(at + 1)));
      }
    }
    deletes.add(delete(FILED_PREFIX + profileId, profileId));
    write(deletes);
  }

  private static WriteRequest delete(String key, String sortValue) {
    return WriteRequest.builder()
        .deleteRequest(
            DeleteRequest.builder()
                .key(
                    Map.of(
                        BLOCK_KEY,
                        AttributeValue.fromS(key),
                        PROFILE_ID,
                        AttributeValue.fromS(sortValue)))
                .build())
        .build();
  }

  /** One query per key, {@value #PARALLEL_QUERIES} at a time. */
  @Override
  public Map<String, List<FuzzyCandidate>> byKey(Set<String> keys, int limitPerKey) {
    Map<String, List<FuzzyCandidate>> found = new ConcurrentHashMap<>();
    Semaphore slots = new Semaphore(PARALLEL_QUERIES);
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>(keys.size());
      for (String key : keys) {
        futures.add(
            executor.submit(
                () -> {
                  slots.acquireUninterruptibly();
                  try {
                    List<FuzzyCandidate> candidates = candidates(Set.of(key), limitPerKey);
                    if (!candidates.isEmpty()) {
                      found.put(key, candidates);
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
          throw new IllegalStateException("interrupted while querying the blocking index", e);
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r
              ? r
              : new IllegalStateException(e.getCause());
        }
      }
    }
    return found;
  }

  @Override
  public List<FuzzyCandidate> candidates(Set<String> blockingKeys, int limit) {
    Map<String, FuzzyCandidate> found = new LinkedHashMap<>();
    Set<String> profiles = new java.util.HashSet<>();
    for (String key : blockingKeys) {
      if (profiles.size() >= limit) {
        break;
      }
      QueryRequest request =
          QueryRequest.builder()
              .tableName(table)
              .keyConditionExpression("#k = :k")
              .expressionAttributeNames(Map.of("#k", BLOCK_KEY))
              .expressionAttributeValues(Map.of(":k", AttributeValue.fromS(key)))
              .limit(limit)
              .build();
      QueryResponse response = dynamo.query(request);
      for (Map<String, AttributeValue> item : response.items()) {
        String sortValue = item.get(PROFILE_ID).s();
        String profileId = profileIdOf(sortValue);
        if (!profiles.contains(profileId) && profiles.size() >= limit) {
          continue;
        }
        if (!found.containsKey(sortValue)) {
          OfflinePerson person = json.readValue(item.get(PERSON).s(), OfflinePerson.class);
          found.put(sortValue, new FuzzyCandidate(profileId, person));
          profiles.add(profileId);
        }
      }
    }
    return List.copyOf(found.values());
  }

  @Override
  public void forget(String profileId, OfflinePerson person) {
    List<WriteRequest> deletes = new ArrayList<>();
    String sortValue = sortValue(profileId, json.writeValueAsString(person));
    for (String key : matcher.blockingKeys(person)) {
      deletes.add(delete(key, sortValue));
      deletes.add(delete(key, profileId));
    }
    write(deletes);
  }

  private void write(List<WriteRequest> requests) {
    batches.writeAll(table, requests);
  }
}
