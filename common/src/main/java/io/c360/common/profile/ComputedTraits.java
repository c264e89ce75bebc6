package io.c360.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Traits computed from a profile's events, as of {@code asOf}. Windowed traits ({@code ...30d},
 * {@code ...90d}) count whole UTC days ending on the day of {@code asOf}; identity-service
 * recomputes them on every read, so a value read later without new events is still correct.
 *
 * @param firstSeen the earliest event time
 * @param lastSeen the latest event time
 * @param orderCount {@code Order Completed} events
 * @param lifetimeValue revenue of orders minus refunded amounts
 * @param averageOrderValue order revenue divided by order count (null without orders)
 * @param lastOrderAt the latest {@code Order Completed}
 * @param returns90d {@code Order Refunded} events in the last 90 days
 * @param sessions30d sessions (runs of page, screen or track events with gaps under 30 minutes)
 *     that started in the last 30 days
 * @param productViews30d {@code Product Viewed} in the last 30 days
 * @param cartAdds30d {@code Product Added} in the last 30 days
 * @param wishlistItems skus added to a wishlist and not removed since
 * @param channels the sources the customer's events came from (web, ios, pos, support, ...)
 * @param preferredCategory the category with the most weighted interactions (view 1, cart add 3,
 *     purchase 5)
 * @param csatAverage the mean {@code csat} of {@code Support Ticket Closed} events
 * @param supportTickets {@code Support Ticket Closed} events
 * @param subscriptionStatus {@code active}, {@code cancelled} or {@code none}
 * @param subscriptionStartedAt the start of the current (or last) subscription
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComputedTraits(
    Instant asOf,
    @Nullable Instant firstSeen,
    @Nullable Instant lastSeen,
    long orderCount,
    BigDecimal lifetimeValue,
    @Nullable BigDecimal averageOrderValue,
    @Nullable Instant lastOrderAt,
    long returns90d,
    long sessions30d,
    long productViews30d,
    long cartAdds30d,
    List<String> wishlistItems,
    List<String> channels,
    @Nullable String preferredCategory,
    @Nullable Double csatAverage,
    long supportTickets,
    String subscriptionStatus,
    @Nullable Instant subscriptionStartedAt) {

  public ComputedTraits {
    wishlistItems = List.copyOf(wishlistItems);
    channels = List.copyOf(channels);
  }
}
