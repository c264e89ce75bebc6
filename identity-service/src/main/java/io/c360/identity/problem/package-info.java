/** Errors every identity endpoint answers as RFC 9457 problem responses. */
@NullMarked
package io.c360.identity.problem;

import org.jspecify.annotations.NullMarked;
