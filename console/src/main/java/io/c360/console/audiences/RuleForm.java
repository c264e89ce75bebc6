package io.c360.console.audiences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * The rule builder's form: a combinator ({@code all} or {@code any}) and rows of field, operator
 * and value, turned into activation-service's rule JSON. Empty rows are ignored; values are read as
 * a marketer types them: true/false, a number, a comma-separated list for {@code in}, else text.
 */
record RuleForm(String combinator, List<Row> rows) {

  static final List<String> OPERATORS =
      List.of("eq", "neq", "gt", "gte", "lt", "lte", "in", "contains", "exists");

  /** One condition as typed. */
  record Row(String field, String op, String value) {
    boolean blank() {
      return field.isBlank();
    }
  }

  static RuleForm empty(int rows) {
    List<Row> list = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      list.add(new Row("", "eq", ""));
    }
    return new RuleForm("all", list);
  }

  static RuleForm from(MultiValueMap<String, String> form) {
    List<String> fields = form.getOrDefault("field", List.of());
    List<String> ops = form.getOrDefault("op", List.of());
    List<String> values = form.getOrDefault("value", List.of());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      rows.add(
          new Row(
              fields.get(i).strip(),
              i < ops.size() ? ops.get(i) : "eq",
              i < values.size() ? values.get(i).strip() : ""));
    }
    String combinator = "any".equals(form.getFirst("combinator")) ? "any" : "all";
    return new RuleForm(combinator, rows);
  }

  /** True when no row names a field. */
  boolean isEmpty() {
    return rows.stream().allMatch(Row::blank);
  }

  /** The rule as activation-service takes it. */
  Map<String, Object> toRule() {
    List<Object> conditions = new ArrayList<>();
    for (Row row : rows) {
      if (row.blank()) {
        continue;
      }
      Map<String, Object> condition = new LinkedHashMap<>();
      condition.put("field", row.field());
      condition.put("op", row.op());
      if (!row.op().equals("exists") || !row.value().isEmpty()) {
        condition.put("value", value(row.op(), row.value()));
      }
      conditions.add(condition);
    }
    return Map.of(combinator, conditions);
  }

  private static Object value(String op, String text) {
    if (op.equals("in")) {
      return Arrays.stream(text.split(",")).map(String::strip).map(RuleForm::scalar).toList();
    }
    return scalar(text);
  }

  private static Object scalar(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
