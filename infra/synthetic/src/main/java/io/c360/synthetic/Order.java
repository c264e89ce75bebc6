package io.c360.synthetic;

/**
 * One order as the simulation recorded it: product indexes and quantities, the coupon discount, and
 * where it was placed (a device online, or a store).
 *
 * @param device index of the customer's device for online orders, -1 in a store
 * @param store index into {@link Catalog#STORES} for store orders, -1 online
 */
record Order(int[] products, int[] quantities, int discountPercent, int device, int store) {

  boolean online() {
    return device >= 0;
  }
}
