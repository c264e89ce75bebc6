/** The embedded recommender: item-kNN, decayed popularity and trending, trained in-process. */
@NullMarked
package io.c360.recommendation.recommender.embedded;

import org.jspecify.annotations.NullMarked;
