package io.c360.identity.fuzzy.dynamodb;

import io.c360.common.aws.DynamoDbBatches;
import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blocking index in the {@code identity-blocks} table: one item per blocking key and profile
 * ({@code blockKey} + {@code profileId}) holding the person as JSON, so candidates come back from
 * queries alone. A profile filed twice under one key keeps the person written last.
 */
final class DynamoDbFuzzyIndex implements FuzzyIndex {

  static final String BLOCK_KEY = "blockKey";
  static final String PROFILE_ID = "profileId";
  static final String PERSON = "person";

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
    List<WriteRequest> writes = new ArrayList<>();
    for (String key : matcher.blockingKeys(person)) {
      Map<String, AttributeValue> item =
          Map.of(
              BLOCK_KEY, AttributeValue.fromS(key),
              PROFILE_ID, AttributeValue.fromS(profileId),
              PERSON, AttributeValue.fromS(personJson));
      writes.add(
          WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
    }
    write(writes);
  }

  @Override
  public List<FuzzyCandidate> candidates(Set<String> blockingKeys, int limit) {
    Map<String, FuzzyCandidate> found = new LinkedHashMap<>();
    for (String key : blockingKeys) {
      if (found.size() >= limit) {
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
        if (found.size() >= limit) {
          break;
        }
        String profileId = item.get(PROFILE_ID).s();
        if (!found.containsKey(profileId)) {
          OfflinePerson person = json.readValue(item.get(PERSON).s(), OfflinePerson.class);
          found.put(profileId, new FuzzyCandidate(profileId, person));
        }
      }
    }
    return List.copyOf(found.values());
  }

  @Override
  public void forget(String profileId, OfflinePerson person) {
    List<WriteRequest> deletes = new ArrayList<>();
    for (String key : matcher.blockingKeys(person)) {
      Map<String, AttributeValue> itemKey =
          Map.of(BLOCK_KEY, AttributeValue.fromS(key), PROFILE_ID, AttributeValue.fromS(profileId));
      deletes.add(
          WriteRequest.builder()
              .deleteRequest(DeleteRequest.builder().key(itemKey).build())
              .build());
    }
    write(deletes);
  }

  private void write(List<WriteRequest> requests) {
    batches.writeAll(table, requests);
  }
}
