/** Data: imports with their progress and rejected rows, and the events ingest counted. */
@NullMarked
package io.c360.console.data;

import org.jspecify.annotations.NullMarked;
