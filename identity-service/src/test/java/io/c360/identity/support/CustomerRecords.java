package io.c360.identity.support;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a {@code customers} import and of a {@code pos-sales} import as ingest publishes them
 * (ingest's CustomersSink and PosSalesSink): identify events with a customerId and the person in
 * traits, and orders with the buyer in {@code context.traits}, both marked with {@code
 * context.import}.
 */
public final class CustomerRecords {

  private CustomerRecords() {}

  /** A person as a customer master holds them. */
  public record Person(
      String first,
      @Nullable String middle,
      String last,
      @Nullable String number,
      @Nullable String street,
      @Nullable String locality,
      String postcode,
      @Nullable String region,
      @Nullable String birthDate,
      @Nullable String gender) {

    public Person withFirst(String newFirst) {
      return new Person(
          newFirst, middle, last, number, street, locality, postcode, region, birthDate, gender);
    }
  }

  /** One row of a customers file: source system {@code system}, id {@code customerId}. */
  public static CustomerEvent crmRow(
      String importId, String system, String customerId, @Nullable String email, Person p) {
    Map<String, Object> traits = new LinkedHashMap<>();
    traits.put("firstName", p.first());
    put(traits, "middleName", p.middle());
    traits.put("lastName", p.last());
    put(traits, "email", email);
    put(traits, "gender", p.gender());
    put(traits, "birthday", p.birthDate());
    Map<String, Object> address = new LinkedHashMap<>();
    put(address, "street_number", p.number());
    put(address, "street", p.street());
    put(address, "locality", p.locality());
    address.put("postal_code", p.postcode());
    put(address, "state", p.region());
    traits.put("address", address);
    List<Identifier> ids = new ArrayList<>();
    ids.add(new Identifier(IdentifierType.CUSTOMER_ID, system + ":" + customerId));
    if (email != null) {
      ids.add(new Identifier(IdentifierType.EMAIL, email));
    }
    Instant now = Instant.now();
    return new CustomerEvent(
        "customers:" + system + ":" + customerId + ":" + UUID.randomUUID(),
        EventType.IDENTIFY,
        null,
        null,
        null,
        null,
        null,
        null,
        traits,
        null,
        Map.of("import", Map.of("id", importId, "kind", "customers", "row", 1)),
        null,
        now,
        null,
        null,
        now,
        system,
        ids);
  }

  /** A till sale by a buyer who gave only their name and postcode. */
  public static CustomerEvent posSale(
      String importId, String orderId, String first, String last, String postcode, String total) {
    Instant now = Instant.now();
    CustomerEvent order = Events.storeOrder(now, orderId, "unused", null, total);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put(
        "traits",
        Map.of("firstName", first, "lastName", last, "address", Map.of("postal_code", postcode)));
    context.put("import", Map.of("id", importId, "kind", "pos-sales"));
    return new CustomerEvent(
        order.messageId(),
        order.type(),
        order.event(),
        null,
        null,
        null,
        null,
        null,
        null,
        order.properties(),
        context,
        null,
        now,
        now,
        null,
        now,
        "pos",
        List.of());
  }

  private static void put(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
