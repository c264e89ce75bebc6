/**
 * Delivery ports: messages to email, SMS and push channels, and the outbox every undelivered
 * destination falls back to.
 */
@NullMarked
package io.c360.activation.delivery;

import org.jspecify.annotations.NullMarked;
