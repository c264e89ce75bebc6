package io.c360.recommendation.policy;

import io.c360.recommendation.recommender.Candidate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a policy needs to know about one customer, from live activity or from an offline replay.
 *
 * @param profileId the profile, or null for an unknown visitor
 * @param recentItems distinct skus the customer interacted with, newest first
 * @param frequentItems the skus the customer bought, most often bought first (ties: most recently
 *     bought first), each scored with the number of orders that held it
 * @param orders how many orders the customer placed
 */
public record Shopper(
    @Nullable String profileId,
    List<String> recentItems,
    List<Candidate> frequentItems,
    int orders) {

  public Shopper {
    recentItems = List.copyOf(recentItems);
    frequentItems = List.copyOf(frequentItems);
  }

  public static Shopper unknown() {
    return new Shopper(null, List.of(), List.of(), 0);
  }

  public Set<String> purchased() {
    return frequentItems.stream().map(Candidate::sku).collect(Collectors.toUnmodifiableSet());
  }
}
