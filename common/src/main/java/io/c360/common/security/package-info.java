/** The shared security setup: hashed bearer tokens with roles and Segment write keys. */
@NullMarked
package io.c360.common.security;

import org.jspecify.annotations.NullMarked;
