package io.c360.synthetic;

/**
 * How much a world's customers buy again what they bought before, set per world ({@link
 * WorldSpec#repeatProfile()}).
 *
 * <ul>
 *   <li>{@link #MIXED} — a general store (the original generator, kept byte for byte): each basket
 *       line re-picks an item of an earlier order with probability 0.5 and keeps it only when it is
 *       a consumable (coffee, tea, snacks, pet food, personal care, household).
 *   <li>{@link #GROCERY} — grocery or wholesale: baskets of 2–6 lines, each line re-picks an item
 *       of a random earlier order line with probability 0.85 (whatever its category), so frequently
 *       bought items are re-bought more often (a Pólya urn: each customer's own staples emerge);
 *       the rest are new products of the favourite categories.
 *   <li>{@link #FASHION} — fashion or electronics: baskets of 1–2 lines, never re-bought on purpose
 *       (a product already bought is drawn again up to five times), so discovery matters.
 * </ul>
 *
 * <p>The profile changes only which products land in an order (drawn from their own per-day
 * stream): on which days, how often and through which channel customers buy is the same in every
 * profile (times within a day follow the basket, since an online checkout views each line).
 */
public enum RepeatProfile {
  MIXED,
  GROCERY,
  FASHION
}
