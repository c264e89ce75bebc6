package io.c360.ingest.imports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of offline file ingest reads, with their wire names. */
public enum ImportKind {
  POS_SALES("pos-sales"),
  CATALOG("catalog"),
  INVENTORY("inventory"),
  SUPPORT_TICKETS("support-tickets"),
  CUSTOMERS("customers");

  private final String wireName;

  ImportKind(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<ImportKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
  }

  @JsonCreator
  static ImportKind fromJson(String name) {
    return fromWireName(name).orElseThrow(() -> new IllegalArgumentException(name));
  }

  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(ImportKind::wireName).toList());
  }
}
