/** Who may call which activation endpoint. */
@NullMarked
package io.c360.activation.web;

import org.jspecify.annotations.NullMarked;
