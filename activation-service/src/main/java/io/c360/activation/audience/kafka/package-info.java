/** Audience entries and exits out to Kafka. */
@NullMarked
package io.c360.activation.audience.kafka;

import org.jspecify.annotations.NullMarked;
