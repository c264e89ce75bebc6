/** The Kafka adapter of the pipeline: the batch listener and the publisher of changes. */
@NullMarked
package io.c360.identity.pipeline.kafka;

import org.jspecify.annotations.NullMarked;
