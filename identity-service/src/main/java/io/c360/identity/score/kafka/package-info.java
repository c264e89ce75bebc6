/** The Kafka adapter of the score projection: the listener of {@code c360.scores.v1}. */
@NullMarked
package io.c360.identity.score.kafka;

import org.jspecify.annotations.NullMarked;
