/**
 * Scores every eligible profile with the champions: in batch, on profile change, and removes them
 * on erasure.
 */
@NullMarked
package io.c360.scoring.scoring;

import org.jspecify.annotations.NullMarked;
