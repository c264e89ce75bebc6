/** Kafka adapter of the publishing port: idempotent producer, acks=all, waits for every ack. */
@NullMarked
package io.c360.ingest.publishing.kafka;

import org.jspecify.annotations.NullMarked;
