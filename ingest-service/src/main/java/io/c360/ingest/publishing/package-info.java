/** The port through which ingest publishes events, catalog updates and rejected input. */
@NullMarked
package io.c360.ingest.publishing;

import org.jspecify.annotations.NullMarked;
