package io.c360.identity.linkage;

import java.util.List;

/**
 * What batch linkage decided for one batch of records: the records grouped into people (clusters),
 * and for each cluster the existing profile it links to, the profiles to suggest for review, or
 * neither.
 *
 * @param clusters every record of the batch in exactly one cluster, in the order of their first
 *     record
 * @param suggestions pairs of records in two clusters that may be one person (the grey zone): once
 *     both have a profile, the two profiles are suggested for review
 * @param method {@code fellegi-sunter} when the EM model decided, {@code fallback} when there was
 *     too little data to estimate from and today's scorer decided
 * @param model the estimated model, null with the fallback
 */
public record LinkagePlan(
    List<Cluster> clusters,
    List<WithinBatch> suggestions,
    String method,
    @org.jspecify.annotations.Nullable FellegiSunterModel model) {

  public LinkagePlan {
    clusters = List.copyOf(clusters);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * Two records of the batch (indexes into it, in two clusters) whose match score lies between the
   * suggest and link thresholds, or above the link threshold when the cluster cap kept them apart.
   */
  public record WithinBatch(int record, int other, double score) {}

  /** Records of the batch (indexes into it) that are one person, and what they link to. */
  public record Cluster(List<Integer> members, Target target) {
    public Cluster {
      members = List.copyOf(members);
    }
  }

  /** Where a cluster goes. */
  public sealed interface Target {}

  /** Exactly one existing profile is confidently the same person. */
  public record ExistingProfile(String profileId, double score) implements Target {}

  /** Plausible existing profiles, best first: a new profile, and suggestions for review. */
  public record Suggested(List<String> profileIds, List<Double> scores) implements Target {
    public Suggested {
      profileIds = List.copyOf(profileIds);
      scores = List.copyOf(scores);
    }
  }

  /** Nobody known: a new profile. */
  public record NewProfile() implements Target {}
}
