/**
 * Right to erasure in activation: an erased profile's view is deleted, it leaves every audience,
 * and its orders, contact log and outbox messages are deleted.
 */
@NullMarked
package io.c360.activation.erasure;

import org.jspecify.annotations.NullMarked;
