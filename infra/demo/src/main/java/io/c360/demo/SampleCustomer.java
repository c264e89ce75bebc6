package io.c360.demo;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fictional customer the demo sends events and store purchases for.
 *
 * @param userId the id the shop's web app knows the customer by once logged in
 * @param email the customer's email
 * @param phone the customer's phone, as typed (ingest normalizes it to E.164)
 * @param loyaltyId the loyalty card scanned at the till
 * @param postcode where the customer lives
 */
record SampleCustomer(
    String userId,
    String firstName,
    String lastName,
    String email,
    String phone,
    String loyaltyId,
    String postcode) {

  static SampleCustomer ann() {
    return new SampleCustomer(
        "demo-user-ann", "Ann", "Lee", "ann.lee@example.com", "(415) 555-0100", "L-1001", "94107");
  }

  static SampleCustomer ben() {
    return new SampleCustomer(
        "demo-user-ben",
        "Ben",
        "Okafor",
        "ben.okafor@example.com",
        "+1 212 555 0199",
        "L-1002",
        "10001");
  }

  static List<SampleCustomer> all() {
    return List.of(ann(), ben());
  }

  /** A product of the sample shop, with the fields of Segment's e-commerce spec. */
  record Product(String sku, String name, String category, BigDecimal price) {

    static final Product TRAIL_SHOE =
        new Product("SKU-1001", "Trail Running Shoe", "Footwear", new BigDecimal("89.90"));
    static final Product MERINO_SOCKS =
        new Product("SKU-2002", "Merino Socks", "Apparel", new BigDecimal("14.50"));
    static final Product WATER_BOTTLE =
        new Product("SKU-3003", "Water Bottle", "Accessories", new BigDecimal("19.00"));
  }
}
