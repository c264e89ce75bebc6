/** The customer event contract carried on {@code c360.events.v1}. */
@NullMarked
package io.c360.common.event;

import org.jspecify.annotations.NullMarked;
