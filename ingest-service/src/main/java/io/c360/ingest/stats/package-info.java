/** Hourly counts of events accepted, dropped as duplicates and quarantined, per source. */
@NullMarked
package io.c360.ingest.stats;

import org.jspecify.annotations.NullMarked;
