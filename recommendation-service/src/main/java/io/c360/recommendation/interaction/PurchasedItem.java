package io.c360.recommendation.interaction;

import java.time.Instant;
import java.util.Comparator;

/**
 * An item a customer bought: in how many orders, and when last.
 *
 * @param orders the number of distinct orders that held it
 */
public record PurchasedItem(String sku, int orders, Instant lastBought) {

  /** Most often bought first; ties: most recently bought first, then by sku. */
  public static final Comparator<PurchasedItem> MOST_FREQUENT_FIRST =
      Comparator.comparingInt(PurchasedItem::orders)
          .reversed()
          .thenComparing(PurchasedItem::lastBought, Comparator.reverseOrder())
          .thenComparing(PurchasedItem::sku);
}
