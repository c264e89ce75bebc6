package io.c360.activation.audience;

import io.c360.activation.audience.AudienceField.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads audience rules from JSON and writes them back. The shapes are
 *
 * <pre>
 * {"all": [rule, ...]}   {"any": [rule, ...]}   {"not": rule}
 * {"field": "scores.churn_90d", "op": "gte", "value": 0.7}
 * </pre>
 *
 * Parsing collects every problem with its JSON path ({@code $.all[1].op}) instead of stopping at
 * the first, so a marketer can fix a rule in one go.
 */
public final class AudienceRules {

  /** Deeper trees are refused: a rule is a filter, not a program. */
  static final int MAX_DEPTH = 8;

  static final int MAX_CONDITIONS = 100;

  private AudienceRules() {}

  /** The rule, or every problem found in it. */
  public static AudienceRule parse(JsonNode json) throws InvalidRuleException {
    List<String> problems = new ArrayList<>();
    int[] conditions = {0};
    AudienceRule rule = parse(json, "$", 1, problems, conditions);
    if (conditions[0] > MAX_CONDITIONS) {
      problems.add("$: a rule may have at most " + MAX_CONDITIONS + " conditions");
    }
    if (!problems.isEmpty() || rule == null) {
      throw new InvalidRuleException(problems);
    }
    return rule;
  }

  private static @Nullable AudienceRule parse(
      JsonNode json, String path, int depth, List<String> problems, int[] conditions) {
    if (!json.isObject()) {
      problems.add(path + ": expected an object with all, any, not or field");
      return null;
    }
    if (depth > MAX_DEPTH) {
      problems.add(path + ": rules may nest at most " + MAX_DEPTH + " levels");
      return null;
    }
    List<String> keys = new ArrayList<>(json.propertyNames());
    if (keys.contains("all") || keys.contains("any")) {
      String kind = keys.contains("all") ? "all" : "any";
      unexpected(json, path, List.of(kind), problems);
      JsonNode list = json.get(kind);
      if (!list.isArray() || list.isEmpty()) {
        problems.add(path + "." + kind + ": expected a non-empty array of rules");
        return null;
      }
      List<AudienceRule> rules = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        AudienceRule rule =
            parse(list.get(i), path + "." + kind + "[" + i + "]", depth + 1, problems, conditions);
        if (rule != null) {
          rules.add(rule);
        }
      }
      return kind.equals("all") ? new AudienceRule.All(rules) : new AudienceRule.Any(rules);
    }
    if (keys.contains("not")) {
      unexpected(json, path, List.of("not"), problems);
      AudienceRule inner = parse(json.get("not"), path + ".not", depth + 1, problems, conditions);
      return inner == null ? null : new AudienceRule.Not(inner);
    }
    if (keys.contains("field")) {
      conditions[0]++;
      return condition(json, path, problems);
    }
    problems.add(path + ": expected one of all, any, not or field, got " + keys);
    return null;
  }

  private static AudienceRule.@Nullable Condition condition(
      JsonNode json, String path, List<String> problems) {
    unexpected(json, path, List.of("field", "op", "value"), problems);
    JsonNode fieldNode = json.get("field");
    JsonNode opNode = json.get("op");
    JsonNode valueNode = json.get("value");
    Optional<AudienceField> field =
        fieldNode.isString() ? AudienceFields.resolve(fieldNode.asString()) : Optional.empty();
    if (field.isEmpty()) {
      problems.add(
          path
              + ".field: unknown field "
              + fieldNode
              + "; known fields are "
              + AudienceFields.known());
    }
    Optional<Operator> op =
        opNode != null && opNode.isString() ? Operator.parse(opNode.asString()) : Optional.empty();
    if (op.isEmpty()) {
      problems.add(
          path
              + ".op: "
              + (opNode == null ? "missing" : "unknown operator " + opNode)
              + "; use eq, neq, gt, gte, lt, lte, in, contains or exists");
    }
    if (field.isEmpty() || op.isEmpty()) {
      return null;
    }
    Object value = value(field.get(), op.get(), valueNode, path + ".value", problems);
    return value == null ? null : new AudienceRule.Condition(field.get(), op.get(), value);
  }

  private static @Nullable Object value(
      AudienceField field,
      Operator op,
      @Nullable JsonNode node,
      String path,
      List<String> problems) {
    Type type = field.type();
    String where = path + ": " + field.path() + " " + op.word() + " ";
    if (op == Operator.EXISTS) {
      if (node == null) {
        return Boolean.TRUE;
      }
      if (!node.isBoolean()) {
        problems.add(where + "takes true, false or no value");
        return null;
      }
      return node.booleanValue();
    }
    if (node == null || node.isNull()) {
      problems.add(where + "needs a value");
      return null;
    }
    if (op == Operator.CONTAINS) {
      if (type != Type.LIST) {
        problems.add(where + "is only for list fields (channels, wishlistItems)");
        return null;
      }
      if (!node.isString()) {
        problems.add(where + "needs a string");
        return null;
      }
      return node.asString();
    }
    if (type == Type.LIST) {
      problems.add(where + "is not possible: " + field.path() + " is a list, use contains");
      return null;
    }
    if (op.isOrdering()) {
      if (type == Type.STRING || type == Type.BOOLEAN) {
        problems.add(where + "is not possible: " + field.path() + " is not a number");
        return null;
      }
      if (!node.isNumber()) {
        problems.add(where + "needs a number, got " + node);
        return null;
      }
      return node.doubleValue();
    }
    if (op == Operator.IN) {
      if (!node.isArray() || node.isEmpty()) {
        problems.add(where + "needs a non-empty array");
        return null;
      }
      List<Object> values = new ArrayList<>();
      for (JsonNode element : node) {
        Object v = scalar(type, element, where, problems);
        if (v == null) {
          return null;
        }
        values.add(v);
      }
      return List.copyOf(values);
    }
    return scalar(type, node, where, problems);
  }

  private static @Nullable Object scalar(
      Type type, JsonNode node, String where, List<String> problems) {
    switch (type) {
      case NUMBER -> {
        if (node.isNumber()) {
          return node.doubleValue();
        }
      }
      case STRING -> {
        if (node.isString()) {
          return node.asString();
        }
      }
      case BOOLEAN -> {
        if (node.isBoolean()) {
          return node.booleanValue();
        }
      }
      case ANY -> {
        if (node.isNumber()) {
          return node.doubleValue();
        }
        if (node.isString() || node.isBoolean()) {
          return node.isString() ? node.asString() : node.booleanValue();
        }
      }
      default -> {}
    }
    problems.add(
        where + "needs a " + type.name().toLowerCase(java.util.Locale.ROOT) + ", got " + node);
    return null;
  }

  private static void unexpected(
      JsonNode json, String path, List<String> allowed, List<String> problems) {
    for (String key : json.propertyNames()) {
      if (!allowed.contains(key)) {
        problems.add(path + "." + key + ": unexpected; allowed here: " + allowed);
      }
    }
  }

  /** The JSON form of a rule, as {@link #parse} reads it. */
  public static JsonNode toJson(AudienceRule rule) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode node = f.objectNode();
    switch (rule) {
      case AudienceRule.All all -> {
        ArrayNode list = node.putArray("all");
        all.rules().forEach(r -> list.add(toJson(r)));
      }
      case AudienceRule.Any any -> {
        ArrayNode list = node.putArray("any");
        any.rules().forEach(r -> list.add(toJson(r)));
      }
      case AudienceRule.Not not -> node.set("not", toJson(not.rule()));
      case AudienceRule.Condition c -> {
        node.put("field", c.field().path());
        node.put("op", c.op().word());
        node.set("value", constant(c.value()));
      }
    }
    return node;
  }

  private static JsonNode constant(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (value) {
      case Double d when d == Math.rint(d) && Math.abs(d) < 1e15 -> f.numberNode(d.longValue());
      case Double d -> f.numberNode(d);
      case Boolean b -> f.booleanNode(b);
      case String s -> f.stringNode(s);
      case List<?> list -> {
        ArrayNode array = f.arrayNode();
        list.forEach(v -> array.add(constant(v)));
        yield array;
      }
      default -> f.stringNode(value.toString());
    };
  }
}
