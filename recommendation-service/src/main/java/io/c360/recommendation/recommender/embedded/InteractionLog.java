package io.c360.recommendation.recommender.embedded;

import io.c360.recommendation.interaction.Interaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The interactions the recommender trains on: per profile, the newest {@code cap} within the
 * horizon, oldest first. Each profile's history is an immutable array replaced on write, so readers
 * never lock; writers of one profile are serialized by the map.
 *
 * <p>An interaction is identified by its messageId, sku and kind (an order event yields one
 * interaction per line, all with the order's messageId): a redelivered one is ignored.
 */
final class InteractionLog {

  private static final Interaction[] NONE = new Interaction[0];

  private final int cap;
  private final ConcurrentHashMap<String, Interaction[]> byProfile = new ConcurrentHashMap<>();

  InteractionLog(int cap) {
    this.cap = cap;
  }

  /**
   * Adds the interaction unless it is a duplicate, older than {@code oldest}, or older than all of
   * a full history.
   *
   * @return whether it was added
   */
  boolean add(Interaction interaction, Instant oldest) {
    if (interaction.at().isBefore(oldest)) {
      return false;
    }
    boolean[] added = {false};
    byProfile.compute(
        interaction.profileId(),
        (profile, history) -> {
          Interaction[] current = history == null ? NONE : history;
          if (contains(current, interaction)) {
            return history;
          }
          if (current.length >= cap && interaction.at().isBefore(current[0].at())) {
            return history;
          }
          int at = insertionPoint(current, interaction.at());
          Interaction[] next = new Interaction[current.length + 1];
          System.arraycopy(current, 0, next, 0, at);
          next[at] = interaction;
          System.arraycopy(current, at, next, at + 1, current.length - at);
          added[0] = true;
          return next.length > cap
              ? Arrays.copyOfRange(next, next.length - cap, next.length)
              : next;
        });
    return added[0];
  }

  /** The profile's interactions, oldest first (empty when unknown). */
  List<Interaction> history(String profileId) {
    Interaction[] history = byProfile.get(profileId);
    return history == null ? List.of() : Arrays.asList(history);
  }

  /**
   * The profile's interactions as the immutable array held now (null when unknown): a new array
   * after every change, so it also tells whether the history changed.
   */
  Interaction @Nullable [] snapshot(String profileId) {
    return byProfile.get(profileId);
  }

  void forget(String profileId) {
    byProfile.remove(profileId);
  }

  /** Drops interactions not after {@code oldest}, and profiles left with none. */
  void prune(Instant oldest) {
    for (String profile : byProfile.keySet()) {
      byProfile.computeIfPresent(
          profile,
          (key, history) -> {
            int from = insertionPoint(history, oldest);
            return from == 0
                ? history
                : from == history.length ? null : Arrays.copyOfRange(history, from, history.length);
          });
    }
  }

  /** Every profile's history as it is now (each array immutable). */
  List<Interaction[]> histories() {
    return new ArrayList<>(byProfile.values());
  }

  int profiles() {
    return byProfile.size();
  }

  private static boolean contains(Interaction[] history, Interaction candidate) {
    for (Interaction i : history) {
      if (i.kind() == candidate.kind()
          && i.messageId().equals(candidate.messageId())
          && i.sku().equals(candidate.sku())) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first interaction after {@code at}. */
  private static int insertionPoint(Interaction[] history, Instant at) {
    int low = 0;
    int high = history.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (history[mid].at().isAfter(at)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
