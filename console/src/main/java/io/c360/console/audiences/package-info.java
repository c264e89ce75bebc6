/** Audiences: the rule builder with a live size estimate, and the list with sizes. */
@NullMarked
package io.c360.console.audiences;

import org.jspecify.annotations.NullMarked;
