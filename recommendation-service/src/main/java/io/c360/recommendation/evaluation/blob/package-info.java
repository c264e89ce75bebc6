/** Keeps evaluations as JSON in the blob store, under {@code evaluations/recommendation/}. */
@NullMarked
package io.c360.recommendation.evaluation.blob;

import org.jspecify.annotations.NullMarked;
