/** The Segment-compatible Tracking API: validation, deduplication and publication of messages. */
@NullMarked
package io.c360.ingest.collect;

import org.jspecify.annotations.NullMarked;
