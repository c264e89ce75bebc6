/** What every ingest endpoint shares: RFC 9457 problem responses. */
@NullMarked
package io.c360.ingest.web;

import org.jspecify.annotations.NullMarked;
