package io.c360.ingest.imports;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Customer master records (a CRM or loyalty system's export) to identify events: one per row, with
 * source {@code crm} (or the row's {@code source_system}), a {@code customerId} identifier ({@code
 * <source system>:<customer id>}) next to the email, phone, loyalty and user ids, and the person in
 * Segment's reserved traits. Every event carries {@code context.import} ({@code id}, {@code kind},
 * {@code row}) so identity-service links the rows of one import as a batch. The messageId is
 * derived from the row's content, so importing the same file twice publishes each record once.
 */
final class CustomersSink implements RowSink {

  static final String DEFAULT_SOURCE = "crm";

  /** The columns a customers file may have; all optional but {@code customer_id}. */
  static final List<String> COLUMNS =
      List.of(
          "customer_id",
          "source_system",
          "email",
          "phone",
          "loyalty_id",
          "user_id",
          "first_name",
          "middle_name",
          "last_name",
          "street_number",
          "address_line1",
          "address_line2",
          "locality",
          "city",
          "postcode",
          "region",
          "country",
          "date_of_birth",
          "gender");

  private final IdentifierNormalizer normalizer;
  private final Instant receivedAt;
  private final String importId;

  CustomersSink(IdentifierNormalizer normalizer, Instant receivedAt, String importId) {
    this.normalizer = normalizer;
    this.receivedAt = receivedAt;
    this.importId = importId;
  }

  @Override
  public List<String> accept(Row row, Output out) {
    Fields f = new Fields(row);
    String customerId = f.required("customer_id");
    LocalDate birthDate = birthDate(row, f.reasons());
    if (!f.reasons().isEmpty() || customerId == null) {
      return f.reasons();
    }
    String system = system(row);
    List<Identifier> ids = new ArrayList<>();
    normalizer.normalize(IdentifierType.CUSTOMER_ID, system + ":" + customerId).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.USER_ID, row.get("user_id")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.EMAIL, row.get("email")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.PHONE, row.get("phone")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.LOYALTY_ID, row.get("loyalty_id")).ifPresent(ids::add);
    if (ids.isEmpty()) {
      return List.of("customer_id '" + customerId + "' is a placeholder, not an id");
    }
    String userId =
        ids.stream()
            .filter(i -> i.type() == IdentifierType.USER_ID)
            .map(Identifier::value)
            .findFirst()
            .orElse(null);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put(
        "import",
        Map.of("id", importId, "kind", ImportKind.CUSTOMERS.wireName(), "row", row.number()));
    out.event(
        new CustomerEvent(
            "customers:" + system + ":" + customerId + ":" + digest(row),
            EventType.IDENTIFY,
            null,
            null,
            userId,
            null,
            null,
            null,
            traits(row, birthDate),
            null,
            context,
            null,
            receivedAt,
            null,
            null,
            receivedAt,
            system,
            ids));
    return List.of();
  }

  private static String system(Row row) {
    String system = row.get("source_system");
    return system == null ? DEFAULT_SOURCE : system.toLowerCase(Locale.ROOT);
  }

  private static @Nullable LocalDate birthDate(Row row, List<String> reasons) {
    String value = row.get("date_of_birth");
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      reasons.add("date_of_birth '" + value + "' is not an ISO date such as 1984-03-21");
      return null;
    }
  }

  /** The person as Segment's reserved traits, plus the address parts Segment has no name for. */
  private static Map<String, Object> traits(Row row, @Nullable LocalDate birthDate) {
    Map<String, Object> traits = new LinkedHashMap<>();
    put(traits, "firstName", row.get("first_name"));
    put(traits, "middleName", row.get("middle_name"));
    put(traits, "lastName", row.get("last_name"));
    put(traits, "email", row.get("email"));
    put(traits, "phone", row.get("phone"));
    put(traits, "loyaltyId", row.get("loyalty_id"));
    put(traits, "gender", row.get("gender"));
    if (birthDate != null) {
      traits.put("birthday", birthDate.toString());
    }
    Map<String, Object> address = new LinkedHashMap<>();
    put(address, "street_number", row.get("street_number"));
    put(address, "street", row.get("address_line1"));
    put(address, "line2", row.get("address_line2"));
    put(address, "locality", row.get("locality"));
    put(address, "city", row.get("city"));
    put(address, "postal_code", row.get("postcode"));
    put(address, "state", row.get("region"));
    put(address, "country", row.get("country"));
    if (!address.isEmpty()) {
      traits.put("address", address);
    }
    return traits;
  }

  private static void put(Map<String, Object> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A short digest of the row's values, so an edited record is a new event and a re-import not. */
  private static String digest(Row row) {
    StringBuilder canonical = new StringBuilder();
    for (String column : COLUMNS) {
      String value = row.get(column);
      canonical.append(value == null ? "" : value).append('\u001f');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
