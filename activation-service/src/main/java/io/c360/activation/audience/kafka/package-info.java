/**
 * Audience membership over Kafka: changes in (profiles, scores, merges, erasures), entries and
 * exits out.
 */
@NullMarked
package io.c360.activation.audience.kafka;

import org.jspecify.annotations.NullMarked;
