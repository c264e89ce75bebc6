package io.c360.recommendation.serving;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One recommended product, resolved from the catalog, with who chose it and how strongly. */
public record RecommendedItem(
    String sku,
    String name,
    BigDecimal price,
    String currency,
    @Nullable String imageUrl,
    @Nullable String category,
    long stock,
    double score,
    String recommender,
    String variant) {}
