/** Typed customer identifiers and their normalization, shared by every service. */
@NullMarked
package io.c360.common.identifier;

import org.jspecify.annotations.NullMarked;
