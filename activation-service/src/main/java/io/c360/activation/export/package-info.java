/** Audience and lookalike exports: hashed customer lists for ad platforms, audiences to Segment. */
@NullMarked
package io.c360.activation.export;

import org.jspecify.annotations.NullMarked;
