package io.c360.common.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The typed identifiers C360 extracts at ingest, with their stable wire names. */
public enum IdentifierType {
  USER_ID("userId"),
  EMAIL("email"),
  PHONE("phone"),
  LOYALTY_ID("loyaltyId"),
  DEVICE_ID("deviceId"),
  ANONYMOUS_ID("anonymousId"),
  /**
   * A customer-master key ({@code <source system>:<customer id>}, e.g. {@code crm:C-1001}); a
   * profile may hold many, one per system and record.
   */
  CUSTOMER_ID("customerId");

  private final String wireName;

  IdentifierType(String wireName) {
    this.wireName = wireName;
  }

  @JsonValue
  public String wireName() {
    return wireName;
  }

  public static Optional<IdentifierType> fromWireName(String wireName) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
  }

  @JsonCreator
  static IdentifierType fromJson(String wireName) {
    return fromWireName(wireName)
        .orElseThrow(() -> new IllegalArgumentException("unknown identifier type: " + wireName));
  }
}
