/** Rebuilds the dedupe window from the event log at startup. */
@NullMarked
package io.c360.ingest.dedupe.kafka;

import org.jspecify.annotations.NullMarked;
