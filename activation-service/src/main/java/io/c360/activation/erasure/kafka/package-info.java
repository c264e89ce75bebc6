/** Erasure records from c360.erasures.v1. */
@NullMarked
package io.c360.activation.erasure.kafka;

import org.jspecify.annotations.NullMarked;
