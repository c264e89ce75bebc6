/** HTTP endpoints of the Tracking API and their problem responses. */
@NullMarked
package io.c360.ingest.collect.web;

import org.jspecify.annotations.NullMarked;
