/** Feeds the history projection from identity-service's topics. */
@NullMarked
package io.c360.scoring.history.kafka;

import org.jspecify.annotations.NullMarked;
