/** Segment destination: audience membership and scores as identify traits. */
@NullMarked
package io.c360.activation.segment;

import org.jspecify.annotations.NullMarked;
