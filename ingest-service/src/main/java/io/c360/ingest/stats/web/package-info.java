/** HTTP endpoint for the event statistics the console shows. */
@NullMarked
package io.c360.ingest.stats.web;

import org.jspecify.annotations.NullMarked;
