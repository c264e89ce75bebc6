/** The profile view's input: snapshots, scores and merges from identity's and scoring's topics. */
@NullMarked
package io.c360.activation.profile.kafka;

import org.jspecify.annotations.NullMarked;
