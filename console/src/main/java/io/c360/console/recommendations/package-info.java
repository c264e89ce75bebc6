/** Recommendations: what one customer sees in each context. */
@NullMarked
package io.c360.console.recommendations;

import org.jspecify.annotations.NullMarked;
