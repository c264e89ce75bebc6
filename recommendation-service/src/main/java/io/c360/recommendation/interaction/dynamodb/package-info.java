/** Reads every active profile's interactions from identity-service's timeline table. */
@NullMarked
package io.c360.recommendation.interaction.dynamodb;

import org.jspecify.annotations.NullMarked;
