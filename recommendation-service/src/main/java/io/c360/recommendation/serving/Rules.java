package io.c360.recommendation.serving;

import io.c360.recommendation.catalog.CatalogItem;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The business rules of one request. */
record Rules(
    @Nullable String category, Set<String> purchased, Set<String> anchors, Set<String> taken) {

  Rules(@Nullable String category, Set<String> purchased, Set<String> anchors) {
    this(category, purchased, anchors, Set.of());
  }

  Rules without(Set<String> more) {
    return new Rules(category, purchased, anchors, Set.copyOf(more));
  }

  boolean allows(CatalogItem item, RecommendationProperties properties) {
    if (!item.complete() || !item.inStock()) {
      return false;
    }
    if (item.category() != null && properties.excludedCategories().contains(item.category())) {
      return false;
    }
    if (category != null && !category.equalsIgnoreCase(String.valueOf(item.category()))) {
      return false;
    }
    return !purchased.contains(item.sku())
        || (item.category() != null
            && properties.repeatPurchaseCategories().contains(item.category()));
  }
}
