package io.c360.recommendation.interaction;

import java.util.List;

/**
 * The service's own durable record of the interactions it learns from, a projection of {@code
 * c360.resolved-events.v1} kept per profile: recording is idempotent (an interaction is keyed by
 * its messageId), a merge hands the merged profile's interactions to the survivor (and those that
 * arrive for it later), an unmerge hands back what came from the profile split off, and an erased
 * profile's interactions are deleted and never recorded again.
 */
public interface InteractionStore {

  /** Records interactions; one recorded before (same profile and messageId) is not added again. */
  void record(List<Interaction> interactions);

  /** {@code merged} now lives on as {@code survivor}, with its interactions. */
  void merged(String survivor, String merged);

  /** {@code splitOff} was split back out of {@code profileId}: it takes back its interactions. */
  void unmerged(String profileId, String splitOff);

  /** Right to erasure: deletes the profile's interactions (and of those merged into it). */
  void erased(String profileId);
}
