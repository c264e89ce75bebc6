package io.c360.e2e;

import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * Reads every item of every table the platform created (the devstack's table prefix), whoever owns
 * it, and finds those that still hold any of the given values anywhere in any attribute, nested
 * ones included: what an erasure must have removed from every store, projections included.
 */
final class StoreScan {

  /** One item that still holds a value: its table, its key, which value, its attribute names. */
  record Found(
      String table, Map<String, String> key, String value, Set<String> attributes, String item) {

    @Override
    public String toString() {
      return table + " " + key + " holds '" + value + "': " + item;
    }
  }

  private StoreScan() {}

  static List<Found> itemsHolding(DevStack stack, Collection<String> values) {
    List<Found> found = new ArrayList<>();
    try (DynamoDbClient dynamo = DevStackClients.dynamoDb(stack)) {
      for (String table : dynamo.listTablesPaginator().tableNames()) {
        if (!table.startsWith(stack.tablePrefix())) {
          continue;
        }
        List<String> keyNames =
            dynamo.describeTable(r -> r.tableName(table)).table().keySchema().stream()
                .map(KeySchemaElement::attributeName)
                .toList();
        for (Map<String, AttributeValue> item :
            dynamo.scanPaginator(r -> r.tableName(table).consistentRead(true)).items()) {
          String text = item.toString();
          for (String value : values) {
            if (text.contains(value)) {
              Map<String, String> key = new TreeMap<>();
              keyNames.forEach(name -> key.put(name, String.valueOf(item.get(name).s())));
              found.add(
                  new Found(
                      table.substring(stack.tablePrefix().length()),
                      key,
                      value,
                      new TreeSet<>(item.keySet()),
                      text));
            }
          }
        }
      }
    }
    return found;
  }
}
