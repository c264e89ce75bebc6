/** The audience HTTP API. */
@NullMarked
package io.c360.activation.audience.web;

import org.jspecify.annotations.NullMarked;
