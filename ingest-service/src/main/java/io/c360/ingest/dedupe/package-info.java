/** Drops duplicate messageIds per source within a time window, across restarts. */
@NullMarked
package io.c360.ingest.dedupe;

import org.jspecify.annotations.NullMarked;
