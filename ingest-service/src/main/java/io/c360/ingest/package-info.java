/** C360 ingest. */
@NullMarked
package io.c360.ingest;

import org.jspecify.annotations.NullMarked;
