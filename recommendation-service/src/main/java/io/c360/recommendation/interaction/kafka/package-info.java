/** Consumes resolved events, identity merges and erasures. */
@NullMarked
package io.c360.recommendation.interaction.kafka;

import org.jspecify.annotations.NullMarked;
