/** HTTP endpoints to start and follow imports. */
@NullMarked
package io.c360.ingest.imports.web;

import org.jspecify.annotations.NullMarked;
