/** Publishes scores and reacts to profile changes and erasures. */
@NullMarked
package io.c360.scoring.scoring.kafka;

import org.jspecify.annotations.NullMarked;
