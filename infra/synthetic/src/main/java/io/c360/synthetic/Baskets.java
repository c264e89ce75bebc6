package io.c360.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The products of an order under {@link RepeatProfile#GROCERY} and {@link RepeatProfile#FASHION}.
 */
final class Baskets {

  static final double GROCERY_REPEAT = 0.85;
  static final int FASHION_REDRAWS = 5;

  private Baskets() {}

  /**
   * Products and quantities of one order.
   *
   * @param previous the customer's earlier orders
   * @param newProduct draws a product of the customer's tastes from the given stream
   */
  static int[][] draw(
      RepeatProfile profile,
      Rng rng,
      List<Order> previous,
      int household,
      Market market,
      ToIntFunction<Rng> newProduct) {
    int count = profile == RepeatProfile.GROCERY ? rng.between(2, 6) : rng.between(1, 2);
    Set<Integer> bought = profile == RepeatProfile.FASHION ? bought(previous) : Set.of();
    int[] products = new int[count];
    int[] quantities = new int[count];
    int filled = 0;
    for (int attempt = 0; filled < count && attempt < 4 * count; attempt++) {
      int product;
      if (profile == RepeatProfile.GROCERY && !previous.isEmpty() && rng.chance(GROCERY_REPEAT)) {
        Order order = previous.get(rng.nextInt(previous.size()));
        product = order.products()[rng.nextInt(order.products().length)];
      } else {
        product = newProduct.applyAsInt(rng);
        for (int r = 0; r < FASHION_REDRAWS && bought.contains(product); r++) {
          product = newProduct.applyAsInt(rng);
        }
      }
      if (!contains(products, filled, product)) {
        products[filled] = product;
        quantities[filled] = market.repeatPurchase(product) ? rng.between(1, household) : 1;
        filled++;
      }
    }
    return new int[][] {
      java.util.Arrays.copyOf(products, filled), java.util.Arrays.copyOf(quantities, filled)
    };
  }

  private static Set<Integer> bought(List<Order> previous) {
    Set<Integer> bought = new HashSet<>();
    for (Order order : previous) {
      for (int product : order.products()) {
        bought.add(product);
      }
    }
    return bought;
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
