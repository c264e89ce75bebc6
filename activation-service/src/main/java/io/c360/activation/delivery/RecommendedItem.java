package io.c360.activation.delivery;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A product put into a message, as recommendation-service resolved it. */
public record RecommendedItem(
    String sku,
    String name,
    @Nullable BigDecimal price,
    @Nullable String currency,
    @Nullable String imageUrl,
    @Nullable String category) {}
