package io.c360.recommendation.recommender.personalize;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A catalog item as the Personalize export needs it.
 *
 * @param category the top-level category; null is exported as {@code unknown}, since the ECOMMERCE
 *     items schema requires CATEGORY_L1
 * @param createdAt when the item entered the catalog (Personalize favours new items with it)
 */
public record ExportItem(
    String sku, @Nullable String category, BigDecimal price, Instant createdAt) {}
