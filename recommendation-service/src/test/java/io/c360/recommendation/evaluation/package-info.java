/** Offline evaluation of the recommenders on the synthetic retail world. */
@NullMarked
package io.c360.recommendation.evaluation;

import org.jspecify.annotations.NullMarked;
