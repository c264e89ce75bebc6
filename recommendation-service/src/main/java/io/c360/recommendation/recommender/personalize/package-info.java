/**
 * Amazon Personalize as a recommendation backend: GetRecommendations, GetPersonalizedRanking and
 * PutEvents through the AWS SDK, and an export of C360's interactions, items and users in
 * Personalize's dataset format (with the erasure log that keeps erased profiles out of it).
 */
@NullMarked
package io.c360.recommendation.recommender.personalize;

import org.jspecify.annotations.NullMarked;
