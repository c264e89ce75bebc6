package io.c360.recommendation.recommender.personalize;

import io.c360.common.json.EventJson;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dataset columns of the export and the Avro-style schema JSON Personalize's CreateSchema takes
 * for each, written from one list of fields so the CSV headers and the schemas cannot drift. Field
 * names and types follow Personalize's ECOMMERCE domain (they are valid for a custom dataset group
 * too).
 */
final class PersonalizeSchemas {

  /** One schema field: its Avro type (a union with {@code null} when optional). */
  record Field(String name, String type, boolean nullable, boolean categorical) {}

  static final List<Field> INTERACTIONS =
      List.of(
          new Field("USER_ID", "string", false, false),
          new Field("ITEM_ID", "string", false, false),
          new Field("TIMESTAMP", "long", false, false),
          new Field("EVENT_TYPE", "string", false, false));

  static final List<Field> ITEMS =
      List.of(
          new Field("ITEM_ID", "string", false, false),
          new Field("CATEGORY_L1", "string", false, true),
          new Field("PRICE", "float", false, false),
          new Field("CREATION_TIMESTAMP", "long", false, false));

  /**
   * Personalize wants at least one metadata column besides USER_ID; C360 exports the category the
   * customer interacted with most (derived from the interactions, no PII).
   */
  static final List<Field> USERS =
      List.of(
          new Field("USER_ID", "string", false, false),
          new Field("PREFERRED_CATEGORY", "string", true, true));

  private PersonalizeSchemas() {}

  static String[] header(List<Field> fields) {
    return fields.stream().map(Field::name).toArray(String[]::new);
  }

  /** The schema JSON for CreateSchema, e.g. {@code schema("Interactions", INTERACTIONS)}. */
  static String schema(String recordName, List<Field> fields) {
    var mapper = EventJson.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("type", "record");
    root.put("name", recordName);
    root.put("namespace", "com.amazonaws.personalize.schema");
    ArrayNode array = root.putArray("fields");
    for (Field field : fields) {
      ObjectNode node = array.addObject();
      node.put("name", field.name());
      if (field.nullable()) {
        node.putArray("type").add("null").add(field.type());
      } else {
        node.put("type", field.type());
      }
      if (field.categorical()) {
        node.put("categorical", true);
      }
    }
    root.put("version", "1.0");
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }
}
