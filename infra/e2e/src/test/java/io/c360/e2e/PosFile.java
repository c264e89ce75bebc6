package io.c360.e2e;

import java.time.Instant;

/** A store's POS export in ingest's {@code pos-sales} format: one sale of one product. */
final class PosFile {

  private PosFile() {}

  static String sale(String transactionId, Customer customer, Product product, Instant at) {
    return "transaction_id,store_id,occurred_at,loyalty_id,email,first_name,last_name,sku,quantity,unit_price,currency\n"
        + String.join(
            ",",
            transactionId,
            "store-7",
            at.toString(),
            customer.loyaltyId(),
            customer.email(),
            customer.firstName(),
            customer.lastName(),
            product.sku(),
            "1",
            product.price().toPlainString(),
            "USD")
        + "\n";
  }
}
