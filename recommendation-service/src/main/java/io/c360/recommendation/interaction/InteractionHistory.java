package io.c360.recommendation.interaction;

import java.util.List;

/**
 * Every interaction of every profile the service knows (never an erased one), each under the
 * profile that holds it now (a merged profile's under its survivor): the history the embedded
 * recommender starts from, offline evaluations replay and the Personalize export writes.
 */
public interface InteractionHistory {

  List<Interaction> all();
}
