package io.c360.e2e;

import java.math.BigDecimal;

/** A product of the test shop with its stock (at location {@code all}). */
record Product(String sku, String name, String category, BigDecimal price, int stock) {

  boolean inStock() {
    return stock > 0;
  }
}
