package io.c360.recommendation.interaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each profile did recently, in memory: its last interactions (newest first, bounded), the
 * items it bought, and its cart (items added since its last purchase). Recording is idempotent on
 * the interaction's messageId; merges move the merged profile's activity to the survivor; an erased
 * profile's interactions are refused.
 */
public class CustomerActivity {

  private final int maxRecent;
  private final Map<String, ProfileActivity> profiles = new ConcurrentHashMap<>();
  private final Map<String, String> mergedInto = new ConcurrentHashMap<>();
  private final Set<String> erased = ConcurrentHashMap.newKeySet();

  public CustomerActivity(int maxRecent) {
    this.maxRecent = maxRecent;
  }

  /** Records interactions; returns those that were new (not seen before for their profile). */
  public List<Interaction> record(Collection<Interaction> interactions) {
    List<Interaction> fresh = new ArrayList<>();
    for (Interaction recorded : interactions) {
      String owner = survivorOf(recorded.profileId());
      if (erased.contains(owner) || erased.contains(recorded.profileId())) {
        continue; // an erased customer's events replayed from the topic are not learnt again
      }
      Interaction interaction =
          owner.equals(recorded.profileId())
              ? recorded
              : new Interaction(
                  owner,
                  recorded.sku(),
                  recorded.category(),
                  recorded.kind(),
                  recorded.at(),
                  recorded.messageId());
      ProfileActivity activity = profiles.computeIfAbsent(owner, id -> new ProfileActivity());
      synchronized (activity) {
        if (activity.add(interaction, maxRecent)) {
          fresh.add(interaction);
        }
      }
    }
    return fresh;
  }

  /** Distinct skus the profile interacted with, newest first. */
  public List<String> recentItems(String profileId, int limit) {
    ProfileActivity activity = profiles.get(profileId);
    if (activity == null) {
      return List.of();
    }
    synchronized (activity) {
      Set<String> skus = new LinkedHashSet<>();
      for (Interaction interaction : activity.recent) {
        skus.add(interaction.sku());
        if (skus.size() >= limit) {
          break;
        }
      }
      return List.copyOf(skus);
    }
  }

  public Set<String> purchased(String profileId) {
    ProfileActivity activity = profiles.get(profileId);
    if (activity == null) {
      return Set.of();
    }
    synchronized (activity) {
      return Set.copyOf(activity.purchased);
    }
  }

  /**
   * What the profile bought, most often bought first (ties: most recently bought first), each with
   * the number of orders that held it.
   */
  public List<PurchasedItem> purchaseCounts(String profileId) {
    ProfileActivity activity = profiles.get(profileId);
    if (activity == null) {
      return List.of();
    }
    List<PurchasedItem> items = new ArrayList<>();
    synchronized (activity) {
      activity.purchases.forEach(
          (sku, p) -> items.add(new PurchasedItem(sku, p.orders.size(), p.last)));
    }
    items.sort(PurchasedItem.MOST_FREQUENT_FIRST);
    return List.copyOf(items);
  }

  /** How many orders the profile placed (as far as its recorded purchases tell). */
  public int orders(String profileId) {
    ProfileActivity activity = profiles.get(profileId);
    if (activity == null) {
      return 0;
    }
    synchronized (activity) {
      return activity.orders.size();
    }
  }

  /** Items added to the cart since the last purchase, newest first. */
  public List<String> cart(String profileId) {
    ProfileActivity activity = profiles.get(profileId);
    if (activity == null) {
      return List.of();
    }
    synchronized (activity) {
      List<String> cart = new ArrayList<>(activity.cart);
      java.util.Collections.reverse(cart);
      return cart;
    }
  }

  /**
   * The survivor of a merge takes over the merged profile's activity, and interactions of the
   * merged profile that arrive later (a replay after a restart) go to the survivor too.
   */
  public void merge(String survivor, String merged) {
    if (survivor.equals(merged)) {
      return;
    }
    mergedInto.put(merged, survivor);
    ProfileActivity gone = profiles.remove(merged);
    if (gone == null) {
      return;
    }
    List<Interaction> moved;
    synchronized (gone) {
      moved = new ArrayList<>(gone.recent);
    }
    java.util.Collections.reverse(moved);
    List<Interaction> rekeyed = new ArrayList<>();
    for (Interaction i : moved) {
      rekeyed.add(
          new Interaction(survivor, i.sku(), i.category(), i.kind(), i.at(), i.messageId()));
    }
    record(rekeyed);
  }

  /**
   * Right to erasure: drops the profile's activity and refuses its interactions from then on
   * (events still on the topic are replayed after a restart).
   */
  public void forget(String profileId) {
    erased.add(profileId);
    profiles.remove(profileId);
    mergedInto.values().removeIf(profileId::equals);
    mergedInto.remove(profileId);
  }

  /** The profile that now holds a profile's activity (following merges). */
  public String survivorOf(String profileId) {
    String current = profileId;
    for (int hop = 0; hop < 16; hop++) {
      String next = mergedInto.get(current);
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  /** One profile's activity; guarded by its own monitor. */
  private static final class ProfileActivity {
    private final Deque<Interaction> recent = new ArrayDeque<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Set<String> purchased = new LinkedHashSet<>();
    private final LinkedHashSet<String> cart = new LinkedHashSet<>();
    private final Map<String, Purchases> purchases = new java.util.HashMap<>();
    private final Set<String> orders = new java.util.HashSet<>();

    /** Adds an interaction in time order; false when its messageId was already recorded. */
    boolean add(Interaction interaction, int maxRecent) {
      if (!seen.add(interaction.messageId())) {
        return false;
      }
      if (seen.size() > 4 * maxRecent) {
        var it = seen.iterator();
        it.next();
        it.remove();
      }
      // keep newest first even when an older event arrives late
      if (recent.isEmpty() || !interaction.at().isBefore(recent.peekFirst().at())) {
        recent.addFirst(interaction);
      } else {
        List<Interaction> all = new ArrayList<>(recent);
        all.add(interaction);
        all.sort((a, b) -> b.at().compareTo(a.at()));
        recent.clear();
        recent.addAll(all);
      }
      while (recent.size() > maxRecent) {
        recent.removeLast();
      }
      switch (interaction.kind()) {
        case PURCHASE -> {
          purchased.add(interaction.sku());
          String order = interaction.eventId();
          orders.add(order);
          purchases
              .computeIfAbsent(interaction.sku(), s -> new Purchases())
              .add(order, interaction);
          cart.clear();
        }
        case CART_ADD -> {
          cart.remove(interaction.sku());
          cart.add(interaction.sku());
        }
        default -> {}
      }
      return true;
    }
  }

  /** The orders that held one item, and when it was last bought. */
  private static final class Purchases {
    private final Set<String> orders = new java.util.HashSet<>();
    private java.time.Instant last = java.time.Instant.MIN;

    void add(String order, Interaction interaction) {
      orders.add(order);
      if (interaction.at().isAfter(last)) {
        last = interaction.at();
      }
    }
  }
}
