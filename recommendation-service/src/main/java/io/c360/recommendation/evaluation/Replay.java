package io.c360.recommendation.evaluation;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.interaction.PurchasedItem;
import io.c360.recommendation.policy.Shopper;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The world as it stood at a split instant: an embedded recommender (clock at the split) trained on
 * every interaction before it, and each customer's state then, as live activity would have held it.
 */
final class Replay {

  static final int RECENT_ITEMS = 20;

  /**
   * One customer at the split: the shopper, the last item touched, the cart since the last order.
   */
  record Customer(Shopper shopper, @Nullable String lastItem, List<String> cart) {}

  final Instant split;
  final EmbeddedRecommender recommender;
  final Map<String, Customer> customers;
  final Set<String> items;
  final Map<String, String> categories;

  private Replay(
      Instant split,
      EmbeddedRecommender recommender,
      Map<String, Customer> customers,
      Set<String> items,
      Map<String, String> categories) {
    this.split = split;
    this.recommender = recommender;
    this.customers = customers;
    this.items = items;
    this.categories = categories;
  }

  /** Trains on the interactions (ascending by time) before {@code split}. */
  static Replay at(Instant split, List<Interaction> ascending, EmbeddedSettings settings) {
    EmbeddedRecommender recommender =
        new EmbeddedRecommender(settings, Clock.fixed(split, ZoneOffset.UTC));
    Map<String, List<Interaction>> byProfile = new LinkedHashMap<>();
    Set<String> items = new HashSet<>();
    Map<String, String> categories = new HashMap<>();
    List<Interaction> training = new ArrayList<>();
    for (Interaction i : ascending) {
      if (!i.at().isBefore(split)) {
        break;
      }
      training.add(i);
      byProfile.computeIfAbsent(i.profileId(), p -> new ArrayList<>()).add(i);
      items.add(i.sku());
      if (i.category() != null) {
        categories.put(i.sku(), i.category());
      }
    }
    recommender.record(training);
    recommender.rebuild();
    Map<String, Customer> customers = new HashMap<>();
    byProfile.forEach((profile, history) -> customers.put(profile, customer(profile, history)));
    return new Replay(split, recommender, customers, items, categories);
  }

  /** Per profile, the distinct items bought in {@code [from, to)}. */
  static Map<String, Set<String>> purchases(List<Interaction> ascending, Instant from, Instant to) {
    Map<String, Set<String>> bought = new HashMap<>();
    for (Interaction i : ascending) {
      if (i.kind() == Kind.PURCHASE && !i.at().isBefore(from) && i.at().isBefore(to)) {
        bought.computeIfAbsent(i.profileId(), p -> new LinkedHashSet<>()).add(i.sku());
      }
    }
    return bought;
  }

  private static Customer customer(String profile, List<Interaction> ascending) {
    Set<String> recent = new LinkedHashSet<>();
    Map<String, Set<String>> ordersOf = new HashMap<>();
    Map<String, Instant> lastBought = new HashMap<>();
    Set<String> orders = new HashSet<>();
    List<String> cart = new ArrayList<>();
    for (Interaction i : ascending.reversed()) {
      if (recent.size() < RECENT_ITEMS) {
        recent.add(i.sku());
      }
      if (i.kind() == Kind.PURCHASE) {
        orders.add(i.eventId());
        ordersOf.computeIfAbsent(i.sku(), s -> new HashSet<>()).add(i.eventId());
        lastBought.merge(i.sku(), i.at(), (a, b) -> a.isAfter(b) ? a : b);
      } else if (i.kind() == Kind.CART_ADD && orders.isEmpty() && !cart.contains(i.sku())) {
        cart.add(i.sku()); // newest first, only what was added after the last order
      }
    }
    List<PurchasedItem> purchased = new ArrayList<>();
    ordersOf.forEach(
        (sku, in) -> purchased.add(new PurchasedItem(sku, in.size(), lastBought.get(sku))));
    purchased.sort(PurchasedItem.MOST_FREQUENT_FIRST);
    List<Candidate> frequent =
        purchased.stream().map(p -> new Candidate(p.sku(), p.orders())).toList();
    return new Customer(
        new Shopper(profile, List.copyOf(recent), frequent, orders.size()),
        ascending.getLast().sku(),
        List.copyOf(cart));
  }
}
