package io.c360.console.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A link suggestion as identity-service answers it, laid out for a steward: one row per field
 * either record has, in the order the matcher compares them, with both values and their similarity
 * (null where one side lacks the field).
 *
 * @param score the matcher's score for the pair
 */
record SideBySide(
    String id,
    String status,
    double score,
    String suggestedAt,
    String recordProfileId,
    String candidateProfileId,
    List<Row> rows,
    @Nullable String decidedBy,
    @Nullable String decidedAt) {

  /** identity-service's field names (its wire names) and how people call them. */
  static final Map<String, String> LABELS = labels();

  /** One field of both records. */
  record Row(
      String field,
      String label,
      @Nullable String record,
      @Nullable String candidate,
      @Nullable Double similarity) {

    /** The similarity as a percentage, e.g. {@code 87 %}; a dash where it was not compared. */
    public String similarityText() {
      return similarity == null ? "—" : Math.round(similarity * 100) + " %";
    }

    public boolean same() {
      return similarity != null && similarity >= 0.9999;
    }
  }

  static SideBySide of(Map<?, ?> suggestion) {
    Map<?, ?> record = map(suggestion.get("record"));
    Map<?, ?> candidate = map(suggestion.get("candidate"));
    Map<?, ?> left = map(record.get("fields"));
    Map<?, ?> right = map(candidate.get("fields"));
    Map<?, ?> similarities = map(suggestion.get("similarities"));
    Set<String> fields = new LinkedHashSet<>();
    for (String known : LABELS.keySet()) {
      if (left.containsKey(known) || right.containsKey(known)) {
        fields.add(known);
      }
    }
    // a field identity-service adds later still shows, after the known ones
    left.keySet().forEach(k -> fields.add(String.valueOf(k)));
    right.keySet().forEach(k -> fields.add(String.valueOf(k)));
    List<Row> rows = new ArrayList<>();
    for (String field : fields) {
      rows.add(
          new Row(
              field,
              LABELS.getOrDefault(field, field),
              text(left.get(field)),
              text(right.get(field)),
              similarities.get(field) instanceof Number n ? n.doubleValue() : null));
    }
    return new SideBySide(
        String.valueOf(suggestion.get("id")),
        String.valueOf(suggestion.get("status")),
        suggestion.get("score") instanceof Number n ? n.doubleValue() : 0,
        String.valueOf(suggestion.get("suggestedAt")),
        String.valueOf(record.get("profileId")),
        String.valueOf(candidate.get("profileId")),
        List.copyOf(rows),
        text(suggestion.get("decidedBy")),
        text(suggestion.get("decidedAt")));
  }

  /** The score with two decimals, as the matcher's output is read. */
  public String scoreText() {
    return String.format(java.util.Locale.ROOT, "%.2f", score);
  }

  /** The record's first and last name, as the queue lists it. */
  public String recordName() {
    return name(true);
  }

  /** The candidate's first and last name. */
  public String candidateName() {
    return name(false);
  }

  private String name(boolean record) {
    StringBuilder name = new StringBuilder();
    for (Row row : rows) {
      String value = record ? row.record() : row.candidate();
      if (value != null && (row.field().equals("firstName") || row.field().equals("lastName"))) {
        name.append(name.isEmpty() ? "" : " ").append(value);
      }
    }
    return name.isEmpty() ? "—" : name.toString();
  }

  public boolean pending() {
    return status.equals("pending");
  }

  private static Map<?, ?> map(@Nullable Object value) {
    return value instanceof Map<?, ?> m ? m : Map.of();
  }

  private static @Nullable String text(@Nullable Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("firstName", "First name");
    labels.put("middleName", "Middle name");
    labels.put("lastName", "Last name");
    labels.put("streetNumber", "Street number");
    labels.put("street", "Street");
    labels.put("locality", "Locality");
    labels.put("postcode", "Postcode");
    labels.put("region", "Region");
    labels.put("birthDate", "Birth date");
    labels.put("gender", "Gender");
    return java.util.Collections.unmodifiableMap(labels);
  }
}
