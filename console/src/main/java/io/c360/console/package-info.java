/** The C360 console application. */
@NullMarked
package io.c360.console;

import org.jspecify.annotations.NullMarked;
