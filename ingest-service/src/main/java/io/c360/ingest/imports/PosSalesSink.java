package io.c360.ingest.imports;

import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Point-of-sale line items to Segment e-commerce events with source {@code pos}. Consecutive rows
 * with one {@code transaction_id} (and type) form one order: {@code Order Completed} for sales,
 * {@code Order Refunded} for refunds. The messageId is derived from the store and transaction, so
 * importing the same file twice publishes each order once.
 */
final class PosSalesSink implements RowSink {

  static final String SOURCE = "pos";
  private static final List<String> TYPES = List.of("sale", "refund");

  private final IdentifierNormalizer normalizer;
  private final Instant receivedAt;
  private final @Nullable String importId;
  private @Nullable Order current;

  /**
   * @param importId marks every event with {@code context.import} so identity-service links the
   *     buyers of one file as a batch; null leaves events unmarked
   */
  PosSalesSink(IdentifierNormalizer normalizer, Instant receivedAt, @Nullable String importId) {
    this.normalizer = normalizer;
    this.receivedAt = receivedAt;
    this.importId = importId;
  }

  private static final class Order {
    final long firstRow;
    final String transactionId;
    final String type;
    final @Nullable String storeId;
    final Instant occurredAt;
    final String currency;
    final Map<String, Object> traits;
    final Set<Identifier> identifiers;
    final List<Map<String, Object>> products = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;

    Order(
        long firstRow,
        String transactionId,
        String type,
        @Nullable String storeId,
        Instant occurredAt,
        String currency,
        Map<String, Object> traits,
        Set<Identifier> identifiers) {
      this.firstRow = firstRow;
      this.transactionId = transactionId;
      this.type = type;
      this.storeId = storeId;
      this.occurredAt = occurredAt;
      this.currency = currency;
      this.traits = traits;
      this.identifiers = identifiers;
    }

    boolean continuedBy(String transactionId, String type, @Nullable String storeId) {
      return this.transactionId.equals(transactionId)
          && this.type.equals(type)
          && Objects.equals(this.storeId, storeId);
    }
  }

  @Override
  public List<String> accept(Row row, Output out) {
    Fields f = new Fields(row);
    String transactionId = f.required("transaction_id");
    Instant occurredAt = f.instant("occurred_at", true);
    String sku = f.required("sku");
    boolean refundNegatives = f.negativeQuantityIsRefund();
    Long quantity = f.integer("quantity", true, refundNegatives ? Long.MIN_VALUE + 1 : 1);
    BigDecimal unitPrice = f.amount("unit_price", true);
    String currency = f.currency("currency", "USD");
    String type = f.oneOf("transaction_type", TYPES, "sale");
    if (quantity != null && refundNegatives) {
      if (quantity < 0) {
        type = "refund";
        quantity = -quantity;
      } else if (quantity == 0) {
        f.reasons().add("quantity '0' must not be zero");
      }
    }
    String storeId = f.text("store_id");
    if (!f.reasons().isEmpty()) {
      return f.reasons();
    }
    if (current != null && !current.continuedBy(transactionId, type, storeId)) {
      emit(out);
    }
    if (current == null) {
      current =
          new Order(
              row.number(),
              transactionId,
              type,
              storeId,
              occurredAt,
              currency,
              traits(row),
              identifiers(row));
    }
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("product_id", sku);
    product.put("sku", sku);
    product.put("quantity", quantity);
    product.put("price", unitPrice);
    current.products.add(product);
    current.total = current.total.add(unitPrice.multiply(BigDecimal.valueOf(quantity)));
    return List.of();
  }

  @Override
  public void finish(Output out) {
    if (current != null) {
      emit(out);
    }
  }

  @Override
  public long heldFrom() {
    return current == null ? 0 : current.firstRow;
  }

  private void emit(Output out) {
    Order order = Objects.requireNonNull(current);
    current = null;
    boolean refund = order.type.equals("refund");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("order_id", order.transactionId);
    if (order.storeId != null) {
      properties.put("store_id", order.storeId);
    }
    properties.put("total", order.total);
    if (!refund) {
      properties.put("revenue", order.total);
    }
    properties.put("currency", order.currency);
    properties.put("products", order.products);
    Map<String, Object> context = new LinkedHashMap<>();
    if (!order.traits.isEmpty()) {
      context.put("traits", order.traits);
      if (importId != null) {
        context.put("import", Map.of("id", importId, "kind", ImportKind.POS_SALES.wireName()));
      }
    }
    String messageId =
        "pos:"
            + (order.storeId == null ? "" : order.storeId)
            + ":"
            + order.transactionId
            + ":"
            + order.type;
    String event = refund ? "Order Refunded" : "Order Completed";
    out.event(
        new CustomerEvent(
            messageId,
            EventType.TRACK,
            event,
            null,
            null,
            null,
            null,
            null,
            null,
            properties,
            context.isEmpty() ? null : context,
            null,
            order.occurredAt,
            order.occurredAt,
            null,
            receivedAt,
            SOURCE,
            List.copyOf(order.identifiers),
            Commerce.from(event, properties)));
  }

  private Set<Identifier> identifiers(Row row) {
    Set<Identifier> ids = new LinkedHashSet<>();
    normalizer.normalize(IdentifierType.LOYALTY_ID, row.get("loyalty_id")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.EMAIL, row.get("email")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.PHONE, row.get("phone")).ifPresent(ids::add);
    return ids;
  }

  /** Customer details as Segment's reserved traits, for fuzzy matching of unidentified buyers. */
  private static Map<String, Object> traits(Row row) {
    Map<String, Object> traits = new LinkedHashMap<>();
    putIfPresent(traits, "firstName", row.get("first_name"));
    putIfPresent(traits, "lastName", row.get("last_name"));
    putIfPresent(traits, "email", row.get("email"));
    putIfPresent(traits, "phone", row.get("phone"));
    putIfPresent(traits, "loyaltyId", row.get("loyalty_id"));
    if (row.get("postcode") != null) {
      traits.put("address", Map.of("postal_code", row.get("postcode")));
    }
    return traits;
  }

  private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
