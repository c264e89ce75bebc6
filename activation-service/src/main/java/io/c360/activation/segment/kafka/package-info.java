/** Feeds Segment from audience membership changes and score updates on Kafka. */
@NullMarked
package io.c360.activation.segment.kafka;

import org.jspecify.annotations.NullMarked;
