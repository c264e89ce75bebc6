package io.c360.recommendation.interaction;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One thing a customer did with an item, taken from a resolved event: the profile, the item, what
 * kind of interaction, when, and the event it came from (so a redelivered event counts once).
 */
public record Interaction(
    String profileId,
    String sku,
    @Nullable String category,
    Kind kind,
    Instant at,
    String messageId) {

  /**
   * The event this interaction came from: the lines of one order share it (a purchase's messageId
   * is the order event's messageId, {@code #}, and the line).
   */
  public String eventId() {
    int hash = messageId.lastIndexOf('#');
    return kind == Kind.PURCHASE && hash > 0 ? messageId.substring(0, hash) : messageId;
  }

  /** Kinds of interaction, strongest last. */
  public enum Kind {
    VIEW,
    WISHLIST,
    CART_ADD,
    PURCHASE
  }
}
