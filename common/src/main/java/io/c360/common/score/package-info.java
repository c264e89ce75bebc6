/** Propensity scores as other services read them: on the profile and on {@code c360.scores.v1}. */
@NullMarked
package io.c360.common.score;

import org.jspecify.annotations.NullMarked;
