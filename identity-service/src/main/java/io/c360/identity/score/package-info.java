/**
 * identity-service's projection of {@code c360.scores.v1}: the latest score of each model per
 * profile, shown by the profile API (scoring-service owns the scores; this is a read model of
 * them).
 */
@NullMarked
package io.c360.identity.score;

import org.jspecify.annotations.NullMarked;
