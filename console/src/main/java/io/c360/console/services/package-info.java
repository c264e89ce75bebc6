/**
 * Calls to the five services' public HTTP APIs with the console's own token; their problem details.
 */
@NullMarked
package io.c360.console.services;

import org.jspecify.annotations.NullMarked;
