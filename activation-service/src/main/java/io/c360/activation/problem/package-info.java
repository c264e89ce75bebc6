/** Every error of the activation API as an RFC 9457 problem. */
@NullMarked
package io.c360.activation.problem;

import org.jspecify.annotations.NullMarked;
