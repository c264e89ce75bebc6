package io.c360.scoring.registry.dynamodb;

import io.c360.scoring.registry.Champion;
import io.c360.scoring.registry.ModelVersion;
import io.c360.scoring.registry.RegistryStore;
import io.c360.scoring.registry.StoredDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code scoring-models} table: per model name, {@code definition#<n>} and {@code version#<n>}
 * items (zero-padded, so they sort) holding their metadata as JSON in {@code doc}, and one {@code
 * champion} item whose {@code changes} counter makes every promotion conditional on the one it
 * replaces.
 */
final class DynamoDbRegistryStore implements RegistryStore {

  private static final String DEFINITION = "definition#";
  private static final String VERSION = "version#";
  private static final String CHAMPION = "champion";

  private final DynamoDbClient dynamo;
  private final String table;
  private final JsonMapper json;

  DynamoDbRegistryStore(DynamoDbClient dynamo, String table, JsonMapper json) {
    this.dynamo = dynamo;
    this.table = table;
    this.json = json;
  }

  @Override
  public List<StoredDefinition> latestDefinitions() {
    Map<String, StoredDefinition> latest = new HashMap<>();
    dynamo
        .scanPaginator(
            r ->
                r.tableName(table)
                    .filterExpression("begins_with(entryKey, :d)")
                    .expressionAttributeValues(Map.of(":d", AttributeValue.fromS(DEFINITION))))
        .items()
        .forEach(
            item -> {
              StoredDefinition d = json.readValue(item.get("doc").s(), StoredDefinition.class);
              latest.merge(d.name(), d, (a, b) -> a.version() >= b.version() ? a : b);
            });
    List<StoredDefinition> definitions = new ArrayList<>(latest.values());
    definitions.sort(Comparator.comparing(StoredDefinition::name));
    return definitions;
  }

  @Override
  public Optional<StoredDefinition> latestDefinition(String model) {
    return newest(model, DEFINITION).map(doc -> json.readValue(doc, StoredDefinition.class));
  }

  @Override
  public boolean addDefinition(StoredDefinition definition) {
    return putNew(
        definition.name(),
        DEFINITION + pad(definition.version()),
        json.writeValueAsString(definition));
  }

  @Override
  public List<ModelVersion> versions(String model) {
    List<ModelVersion> versions = new ArrayList<>();
    for (String doc : all(model, VERSION, true)) {
      versions.add(json.readValue(doc, ModelVersion.class));
    }
    return versions;
  }

  @Override
  public Optional<ModelVersion> version(String model, int version) {
    var item =
        dynamo
            .getItem(
                r ->
                    r.tableName(table).key(key(model, VERSION + pad(version))).consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(item.get("doc").s(), ModelVersion.class));
  }

  @Override
  public boolean addVersion(ModelVersion version) {
    return putNew(
        version.model(), VERSION + pad(version.version()), json.writeValueAsString(version));
  }

  @Override
  public void updateVersion(ModelVersion version) {
    Map<String, AttributeValue> item =
        new HashMap<>(key(version.model(), VERSION + pad(version.version())));
    item.put("doc", AttributeValue.fromS(json.writeValueAsString(version)));
    dynamo.putItem(r -> r.tableName(table).item(item));
  }

  @Override
  public Optional<Champion> champion(String model) {
    var item =
        dynamo
            .getItem(r -> r.tableName(table).key(key(model, CHAMPION)).consistentRead(true))
            .item();
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(json.readValue(item.get("doc").s(), Champion.class));
  }

  @Override
  public boolean replaceChampion(Champion next, @Nullable Champion expected) {
    Map<String, AttributeValue> item = new HashMap<>(key(next.model(), CHAMPION));
    item.put("doc", AttributeValue.fromS(json.writeValueAsString(next)));
    item.put("changes", AttributeValue.fromN(Integer.toString(next.history().size())));
    try {
      if (expected == null) {
        dynamo.putItem(
            r ->
                r.tableName(table)
                    .item(item)
                    .conditionExpression("attribute_not_exists(entryKey)"));
      } else {
        dynamo.putItem(
            r ->
                r.tableName(table)
                    .item(item)
                    .conditionExpression("changes = :n")
                    .expressionAttributeValues(
                        Map.of(
                            ":n",
                            AttributeValue.fromN(Integer.toString(expected.history().size())))));
      }
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private boolean putNew(String model, String entryKey, String doc) {
    Map<String, AttributeValue> item = new HashMap<>(key(model, entryKey));
    item.put("doc", AttributeValue.fromS(doc));
    try {
      dynamo.putItem(
          r -> r.tableName(table).item(item).conditionExpression("attribute_not_exists(entryKey)"));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private Optional<String> newest(String model, String prefix) {
    List<String> docs = all(model, prefix, false);
    return docs.isEmpty() ? Optional.empty() : Optional.of(docs.getFirst());
  }

  private List<String> all(String model, String prefix, boolean ascending) {
    List<String> docs = new ArrayList<>();
    dynamo
        .queryPaginator(
            r ->
                r.tableName(table)
                    .keyConditionExpression("modelName = :m AND begins_with(entryKey, :p)")
                    .expressionAttributeValues(
                        Map.of(
                            ":m", AttributeValue.fromS(model), ":p", AttributeValue.fromS(prefix)))
                    .scanIndexForward(ascending)
                    .consistentRead(true))
        .items()
        .forEach(item -> docs.add(item.get("doc").s()));
    return docs;
  }

  private static Map<String, AttributeValue> key(String model, String entryKey) {
    return Map.of(
        "modelName", AttributeValue.fromS(model), "entryKey", AttributeValue.fromS(entryKey));
  }

  private static String pad(int version) {
    return String.format(Locale.ROOT, "%06d", version);
  }
}
