/**
 * Typed Kafka listeners for every service: the contract deserializer (the value type comes from the
 * topic catalog), the one error handler (transient failures retried without end, records that can
 * never succeed sent to the consumer's dead-letter topic) and the dead-letter topics themselves.
 */
@NullMarked
package io.c360.platform.kafka;

import org.jspecify.annotations.NullMarked;
