/** The quarantine contract for rejected input, carried on {@code c360.quarantine.v1}. */
@NullMarked
package io.c360.common.quarantine;

import org.jspecify.annotations.NullMarked;
