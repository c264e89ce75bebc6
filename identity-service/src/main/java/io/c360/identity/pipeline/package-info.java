/**
 * The resolution pipeline: resolves each batch of events, applies them to their profiles (one write
 * per profile per batch), appends the timeline and announces what changed.
 */
@NullMarked
package io.c360.identity.pipeline;

import org.jspecify.annotations.NullMarked;
