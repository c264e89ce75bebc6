/**
 * Customer features: one pure function of a timeline and an as-of time, for training and scoring.
 */
@NullMarked
package io.c360.scoring.features;

import org.jspecify.annotations.NullMarked;
